import { CLASS_COLORS } from '@caliper/board';
import { useApp } from '../../../app/store';
import type { CohortView } from '../model/selectCohort';
import type { CohortMember } from '../model/types';
import { LabelCell } from './LabelCell';

const SOURCE: Record<CohortMember['source'], string> = { sr: 'SRs', pacs: 'SRs (PACS)', timeline: 'timeline', response: 'response', document: 'document' };
const fmtPct = (v: number | null): string => (v === null ? '–' : `${v > 0 ? '+' : ''}${v.toFixed(1)} %`);

/** Per-patient table in waterfall order; labels editable (never identifiers), a patient removable. */
export function CohortTable({ view, unit, quantity }: { view: CohortView; unit: string; quantity: string }) {
  const members = useApp((s) => s.cohortMembers);
  const rename = useApp((s) => s.renameCohortMember);
  const remove = useApp((s) => s.removeCohortMember);
  const byLabel = new Map(view.patients.map((p) => [p.label, p.id]));
  const lanes = new Map(view.stats.swimmer.map((r) => [r.label, r]));
  const memberOf = new Map(members.map((m) => [m.id, m]));
  return (
    <table className="cohort-table" data-testid="cohort-table">
      <thead>
        <tr>
          <th title="Label shown instead of any identifier; click to rename">Patient</th>
          <th title={`Best overall response under ${view.criteria} (the category is written; colour is never the only cue)`}>Best response</th>
          <th className="num" title={`Best (lowest) % change of the ${quantity.toLowerCase()} (${unit}) vs baseline over the follow-ups, 0.1 % as the criteria round`}>Best % change</th>
          <th className="num" title="Days from baseline to the last assessment">Days on study</th>
          <th title="Still on study after the last assessment: no progression (PD) in the course">Ongoing</th>
          <th title="Each follow-up: day from baseline and category">Assessments</th>
          <th title="What was opened for this patient">Source</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {view.stats.waterfall.map((b) => {
          const id = byLabel.get(b.label)!;
          const m = memberOf.get(id);
          const lane = lanes.get(b.label);
          return (
            <tr key={id} data-testid="cohort-row" data-label={b.label}>
              <td>
                <LabelCell label={m?.label ?? b.label} onChange={(l) => rename(id, l)} />
              </td>
              <td><span className="cohort-chip" style={{ background: CLASS_COLORS[b.borClass] ?? CLASS_COLORS.NE }}>{b.bor}</span></td>
              <td className="num">{fmtPct(b.bestPct)}</td>
              <td className="num">{lane?.days ?? ''}</td>
              <td>{lane?.ongoing ? 'yes →' : 'no'}</td>
              <td className="cohort-assess">{(lane?.markers ?? []).map((x) => `d${x.day} ${x.response}`).join(' · ')}</td>
              <td title={m?.files.join('\n')}>{m ? `${SOURCE[m.source]}${m.files.length > 1 ? ` (${m.files.length} files)` : ''}` : ''}</td>
              <td><button className="cohort-x" title="Remove this patient from the cohort" onClick={() => remove(id)}>×</button></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
