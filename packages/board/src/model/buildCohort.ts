import type { ResponseResult } from '@caliper/response';
import { classOf } from '@caliper/response';

export interface CohortPatient {
  /** Case label (never an identifier). */
  readonly label: string;
  readonly result: ResponseResult;
  /** Still on study after the last assessment; default: no progression (PD/CPD) in the course. */
  readonly ongoing?: boolean;
}

export interface CohortBar {
  readonly label: string;
  /** Best (lowest) % change of the criterion's quantity vs baseline over the follow-ups; null if none. */
  readonly bestPct: number | null;
  readonly bor: string;
  readonly borClass: string;
}

export interface SwimmerRow {
  readonly label: string;
  readonly days: number;
  readonly ongoing: boolean;
  readonly borClass: string;
  readonly markers: readonly { readonly day: number; readonly response: string; readonly klass: string }[];
}

export interface Rate {
  readonly count: number;
  readonly of: number;
  /** Percent, 0.1 % precision; null for an empty cohort. */
  readonly pct: number | null;
}

export interface CohortStats {
  readonly n: number;
  /** Sorted largest increase first, largest decrease last (the waterfall's usual order); no value last. */
  readonly waterfall: readonly CohortBar[];
  readonly swimmer: readonly SwimmerRow[];
  /** Objective response rate: best overall response CR or PR. */
  readonly orr: Rate;
  /** Disease control rate: best overall response CR, PR or SD. */
  readonly dcr: Rate;
  readonly counts: Readonly<Record<string, number>>;
}

const rate = (count: number, of: number): Rate => ({ count, of, pct: of ? Math.round((count * 1000) / of) / 10 : null });

/**
 * Cohort (trial arm) statistics from each patient's assessment: waterfall of best % change,
 * swimmer rows (time on study with each assessment's category), ORR = (CR + PR) / n and
 * DCR = (CR + PR + SD) / n over best overall responses (criteria's common classes: PMR counts as
 * PR, SMD/NON-CR/NON-PD as SD). Every patient counts in the denominator, NE included.
 */
export function buildCohort(patients: readonly CohortPatient[]): CohortStats {
  const counts: Record<string, number> = {};
  const waterfall: CohortBar[] = [];
  const swimmer: SwimmerRow[] = [];
  for (const p of patients) {
    const bor = p.result.bestOverallResponse.response;
    const borClass = classOf(bor);
    counts[borClass] = (counts[borClass] ?? 0) + 1;
    const changes = p.result.timepoints.map((t) => t.changeFromBaselinePct).filter((v): v is number => typeof v === 'number');
    waterfall.push({ label: p.label, bestPct: changes.length ? Math.min(...changes) : null, bor, borClass });
    const markers = p.result.timepoints.map((t) => ({ day: t.daysFromBaseline, response: t.response, klass: classOf(t.response) }));
    const progressed = markers.some((m) => m.klass === 'PD' || m.klass === 'CPD');
    swimmer.push({ label: p.label, days: markers.length ? Math.max(...markers.map((m) => m.day)) : 0, ongoing: p.ongoing ?? !progressed, borClass, markers });
  }
  waterfall.sort((a, b) => (a.bestPct === null ? 1 : b.bestPct === null ? -1 : b.bestPct - a.bestPct || a.label.localeCompare(b.label)));
  swimmer.sort((a, b) => b.days - a.days || a.label.localeCompare(b.label));
  const n = patients.length;
  const cr = counts.CR ?? 0, pr = counts.PR ?? 0, sd = counts.SD ?? 0;
  return { n, waterfall, swimmer, orr: rate(cr + pr, n), dcr: rate(cr + pr + sd, n), counts };
}
