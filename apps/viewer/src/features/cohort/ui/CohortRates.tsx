import type { CohortStats, Rate } from '@caliper/board';
import { CLASS_COLORS } from '@caliper/board';

const pct = (r: Rate): string => (r.pct === null ? '–' : `${r.pct.toFixed(1)} %`);

/** ORR and DCR with their counts (k/n and %), and the best overall responses by class. */
export function CohortRates({ stats, criteria }: { stats: CohortStats; criteria: string }) {
  const classes = ['CR', 'PR', 'SD', 'PD', 'UPD', 'CPD', 'NE'].filter((k) => stats.counts[k]);
  return (
    <div className="cohort-rates" data-png-line={`ORR ${stats.orr.count}/${stats.orr.of} (${pct(stats.orr)}) · DCR ${stats.dcr.count}/${stats.dcr.of} (${pct(stats.dcr)}) · ${classes.map((k) => `${k} ${stats.counts[k]}`).join(', ')}`}>
      <span className="cohort-rate" data-testid="cohort-orr" data-count={stats.orr.count} data-of={stats.orr.of} data-pct={stats.orr.pct ?? ''}
        title={`Objective response rate: patients whose best overall response under ${criteria} is CR or PR (PERCIST CMR/PMR, Lugano CMR/PMR), over every patient assessed (NE included)`}>
        ORR <b>{stats.orr.count}/{stats.orr.of}</b> ({pct(stats.orr)})
      </span>
      <span className="cohort-rate" data-testid="cohort-dcr" data-count={stats.dcr.count} data-of={stats.dcr.of} data-pct={stats.dcr.pct ?? ''}
        title={`Disease control rate: best overall response CR, PR or SD (and the criteria's equivalents) under ${criteria}, over every patient assessed`}>
        DCR <b>{stats.dcr.count}/{stats.dcr.of}</b> ({pct(stats.dcr)})
      </span>
      <span className="cohort-counts" title="Patients by best overall response (class)">
        {classes.map((k) => (
          <span key={k} className="cohort-chip" style={{ background: CLASS_COLORS[k] }}>{k} {stats.counts[k]}</span>
        ))}
      </span>
    </div>
  );
}
