import type { ResponseResult } from '@caliper/response';
import { classOf } from '@caliper/response';
import { dayNumber, daysBetween } from '@caliper/response/arith/dates';
import { percentChange } from './percentChange';
import { quantityOf } from './quantityOf';
import type { BiomarkerPoint, CaseSummary, LesionTableRow, Therapy, TherapyBand, LesionBar, LesionRow, SpiderPoint, SumPoint, TimelineEntry } from './types';
import { BIOMARKERS, BIOMARKER_LABEL, BIOMARKER_UNIT } from './types';

export interface CaseSummaryOptions {
  /** Shown instead of any identifier (default "Case"). */
  readonly label?: string;
  /** Per-lesion biomarkers per date (viewer rows, or rowsFromTimeline); without them no trends. */
  readonly rows?: readonly LesionRow[];
  /** Lines of therapy (name, start, optional stop), shown as bands; an invalid one throws a RangeError naming it. */
  readonly therapies?: readonly Therapy[];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The tumour-board case summary of one patient's assessed course: the timeline with each
 * category and its deciding rules, spider data (% change from baseline of each target lesion and
 * of the criterion's quantity), the per-lesion waterfall of best % change, the quantity over time
 * with its nadir (the smallest value, baseline included; the first one on ties) and biomarker
 * trends (exploratory). % changes use the criteria's integer rounding (0.1 %, half away from 0).
 * A target lesion without a measured baseline value is listed in `excluded` with the reason.
 */
export function buildCaseSummary(result: ResponseResult, options: CaseSummaryOptions = {}): CaseSummary {
  const quantity = quantityOf(result.criteria);
  const base = result.baseline;
  const baseValue = num(base[quantity.key]);
  const timeline: TimelineEntry[] = [
    { date: base.date, daysFromBaseline: 0, baseline: true, response: 'BL', klass: 'BL', reasons: ['baseline'], value: baseValue, changeFromBaselinePct: null, changeFromNadirPct: null },
    ...result.timepoints.map((t) => ({
      date: t.date, daysFromBaseline: t.daysFromBaseline, baseline: false, response: t.response, klass: classOf(t.response),
      reasons: t.reasons, value: num(t[quantity.key]), changeFromBaselinePct: t.changeFromBaselinePct, changeFromNadirPct: t.changeFromNadirPct,
    })),
  ];
  const dayOf = new Map(timeline.map((t) => [t.date, t.daysFromBaseline]));

  const spider: SpiderPoint[] = [];
  const waterfall: LesionBar[] = [];
  const excluded: { id: string; reason: string }[] = [];
  for (const l of result.lesions) {
    if (l.role !== 'target') continue;
    const first = l.measurements[0];
    const ref = first && first.date === base.date ? num(first.value) : null;
    if (ref === null || ref === 0) {
      excluded.push({ id: l.id, reason: ref === 0 ? `baseline ${quantity.label.toLowerCase()} is 0` : `no measured baseline value (${first && first.date === base.date ? first.status : 'not at baseline'})` });
      continue;
    }
    let best: { pct: number; date: string } | null = null;
    for (const m of l.measurements) {
      const v = num(m.value);
      const day = dayOf.get(m.date);
      if (v === null || day === undefined) continue;
      const pct = percentChange(v, ref) as number;
      spider.push({ series: l.id, date: m.date, day, pct });
      if (m.date !== base.date && (best === null || pct < best.pct)) best = { pct, date: m.date };
    }
    if (best) {
      const t = quantity.thresholds;
      const band = t && best.pct <= t.decreasePct ? 'decrease' : t && best.pct >= t.increasePct ? 'increase' : 'within';
      waterfall.push({ id: l.id, ...(l.organ ? { organ: l.organ } : {}), bestPct: best.pct, bestDate: best.date, band });
    }
  }
  if (baseValue !== null) {
    spider.push({ series: 'Sum', date: base.date, day: 0, pct: 0 });
    for (const t of result.timepoints) if (t.changeFromBaselinePct !== null) spider.push({ series: 'Sum', date: t.date, day: t.daysFromBaseline, pct: t.changeFromBaselinePct });
  }
  waterfall.sort((a, b) => b.bestPct - a.bestPct || a.id.localeCompare(b.id));

  const valued = timeline.filter((t) => t.value !== null);
  const nadirDate = valued.reduce<TimelineEntry | null>((m, t) => (m === null || (t.value as number) < (m.value as number) ? t : m), null)?.date;
  const sum: SumPoint[] = valued.map((t) => ({ date: t.date, day: t.daysFromBaseline, value: t.value as number, response: t.response, nadir: t.date === nadirDate }));

  const biomarkers: BiomarkerPoint[] = [];
  for (const row of options.rows ?? []) {
    for (const c of row.cells) {
      const day = dayOf.get(c.date) ?? daysBetween(base.date, c.date);
      for (const b of BIOMARKERS) {
        const v = num(c.values[b]);
        if (v !== null) biomarkers.push({ lesion: row.id, biomarker: b, label: BIOMARKER_LABEL[b], unit: BIOMARKER_UNIT[b], date: c.date, day, value: v });
      }
    }
  }

  const rowValues = new Map((options.rows ?? []).map((r) => [r.id, new Map(r.cells.map((c) => [c.date, c.values]))]));
  const table: LesionTableRow[] = result.lesions.flatMap((l) => {
    const first = l.measurements[0];
    const ref = first && first.date === base.date ? num(first.value) : null;
    return l.measurements.map((m) => {
      const v = num(m.value);
      return {
        id: l.id, role: l.role, ...(l.organ ? { organ: l.organ } : {}), date: m.date, status: m.status, value: v,
        pct: v !== null && ref ? percentChange(v, ref) : null, values: rowValues.get(l.id)?.get(m.date) ?? {},
      };
    });
  });

  const lastDay = Math.max(0, ...timeline.map((t) => t.daysFromBaseline));
  const therapies: TherapyBand[] = (options.therapies ?? []).map((t) => {
    if (!t.name.trim()) throw new RangeError('therapy without a name');
    if (dayNumber(t.start) === null) throw new RangeError(`therapy ${t.name}: start ${JSON.stringify(t.start)} is not a date YYYY-MM-DD`);
    if (t.stop !== undefined && (dayNumber(t.stop) === null || daysBetween(t.start, t.stop) < 0)) throw new RangeError(`therapy ${t.name}: stop ${JSON.stringify(t.stop)} is not a date YYYY-MM-DD on or after its start`);
    const startDay = daysBetween(base.date, t.start);
    return { ...t, startDay, stopDay: t.stop ? daysBetween(base.date, t.stop) : Math.max(startDay, lastDay), ongoing: !t.stop };
  });

  const bor = result.bestOverallResponse;
  return {
    label: options.label?.trim() || 'Case', criteria: result.criteria, quantity, timeline,
    bestOverallResponse: { response: bor.response, date: bor.date, reasons: bor.reasons },
    spider, waterfall, sum, biomarkers, table, therapies, excluded,
  };
}
