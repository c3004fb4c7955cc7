import type { LayoutId } from '../../../app/types';
import { rankPriors } from '../../timeline/model/matchSeries';
import { arrangementOf } from './arrangementOf';
import { chooseSeries } from './chooseSeries';
import type { HangingProtocol, HangingViewKind, ViewportRule } from './schema';
import type { SeriesFacts } from './seriesFacts';
import type { StudyContext } from './studyContext';

/** One pane of a hanging: what it shows and how. */
export interface PlannedPane {
  readonly label: string;
  readonly view: HangingViewKind;
  /** Undefined: an optional pane with no series (left empty). */
  readonly seriesUID?: string;
  readonly overlayUID?: string;
  readonly display?: ViewportRule['display'];
}

export interface HangingPlan {
  readonly protocolId: string;
  readonly layout: LayoutId;
  readonly panes: readonly PlannedPane[];
  /** Prior | current: the earlier study. */
  readonly priorStudyUID?: string;
  /** Pane indices that follow each other. */
  readonly sync?: HangingProtocol['sync'];
}

export type PlanResult = { readonly plan: HangingPlan } | { readonly error: string };

const asMatchable = (s: SeriesFacts) => ({
  seriesInstanceUID: s.seriesInstanceUID,
  modality: s.modality,
  seriesDescription: s.description,
  bodyPartExamined: s.bodyPart,
  imageOrientationPatient: s.imageOrientationPatient,
});

/**
 * Which series each viewport of a protocol shows for a study, or why the protocol does not fit it.
 * A prior pane shows the prior study's series that best matches the current pane's (modality,
 * body part, orientation, description: timeline/model/matchSeries), among those its rule accepts.
 */
export function planHanging(p: HangingProtocol, ctx: StudyContext): PlanResult {
  const arrangement = arrangementOf(p);
  if ('error' in arrangement) return arrangement;
  const mods = new Set(ctx.series.map((s) => s.modality.toUpperCase()));
  const missing = (p.match.modalities ?? []).filter((m) => !mods.has(m.toUpperCase()));
  if (missing.length) return { error: `no ${missing.join(', ')} series in the study` };
  if (p.match.prior === true && !ctx.prior) return { error: 'no earlier study of this patient is loaded' };
  if (p.match.prior === false && ctx.prior) return { error: 'meant for a study without a prior' };
  for (const rule of p.match.series ?? []) {
    if (!ctx.series.some((s) => chooseSeries(rule, [s]))) return { error: `no series meets the rule ${JSON.stringify(rule)}` };
  }
  const used = new Set<string>();
  const panes: PlannedPane[] = [];
  const order = p.viewports.map((v, i) => ({ v, i })).sort((a, b) => Number(a.v.timepoint === 'prior') - Number(b.v.timepoint === 'prior'));
  const out: (PlannedPane | undefined)[] = [];
  let current: SeriesFacts | undefined;
  for (const { v, i } of order) {
    let chosen: SeriesFacts | undefined;
    if (v.timepoint === 'prior') {
      const accepted = (ctx.prior?.series ?? []).filter((s) => chooseSeries(v.series, [s]));
      const best = current ? rankPriors(asMatchable(current), accepted.map(asMatchable))[0] : undefined;
      chosen = accepted.find((s) => s.seriesInstanceUID === best?.priorSeriesUID);
    } else {
      chosen = chooseSeries(v.series, ctx.series, used);
      if (v.timepoint === 'current') current = chosen;
    }
    const overlay = v.overlay ? chooseSeries(v.overlay, ctx.series) : undefined;
    if ((!chosen || (v.overlay && !overlay)) && !v.optional) return { error: `no series for viewport ${i + 1} (${v.label})` };
    if (chosen && v.view !== 'stack' && !chosen.isVolume) return { error: `viewport ${i + 1} (${v.label}): series ${chosen.description} cannot be shown as a volume` };
    if (chosen) used.add(chosen.seriesInstanceUID);
    out[i] = {
      label: v.label,
      view: v.view,
      ...(chosen ? { seriesUID: chosen.seriesInstanceUID } : {}),
      ...(overlay ? { overlayUID: overlay.seriesInstanceUID } : {}),
      ...(v.display ? { display: v.display } : {}),
    };
  }
  panes.push(...out.map((x) => x!));
  return { plan: { protocolId: p.id, layout: arrangement.layout, panes, ...(p.sync ? { sync: p.sync } : {}), ...(arrangement.layout === 'compare' && ctx.prior ? { priorStudyUID: ctx.prior.studyInstanceUID } : {}) } };
}

/** The protocols that fit a study, best first (priority, then file order). */
export function rankProtocols(protocols: readonly HangingProtocol[], ctx: StudyContext): { protocol: HangingProtocol; plan: HangingPlan }[] {
  return protocols
    .map((protocol, i) => ({ protocol, i, r: planHanging(protocol, ctx) }))
    .flatMap((x) => ('plan' in x.r ? [{ protocol: x.protocol, plan: x.r.plan, i: x.i }] : []))
    .sort((a, b) => b.protocol.priority - a.protocol.priority || a.i - b.i)
    .map(({ protocol, plan }) => ({ protocol, plan }));
}
