import type { SeriesFacts } from './seriesFacts';

/** A study being opened, and the patient's latest earlier study when one is loaded. */
export interface StudyContext {
  readonly studyInstanceUID: string;
  readonly series: readonly SeriesFacts[];
  readonly prior?: { readonly studyInstanceUID: string; readonly series: readonly SeriesFacts[] };
}

/**
 * "This kind of study", the key under which a reader's protocol choice is remembered: the study's
 * modalities (sorted, e.g. "CT+MR+PT") and whether a prior is loaded.
 */
export function studyKindOf(ctx: StudyContext): string {
  const mods = [...new Set(ctx.series.map((s) => s.modality.toUpperCase()))].sort().join('+');
  return ctx.prior ? `${mods}|prior` : mods;
}
