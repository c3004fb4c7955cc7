import type { Instance } from '@caliper/dicom';
import type { PerfusionKind } from './perfusionKind';

/** How a dynamic series is offered, and why (shown on hover). */
export interface DynamicClass {
  readonly kind: PerfusionKind;
  /** EchoTime (0018,0081) in ms: required for DSC (ΔR2* = −ln(S/S0)/TE), else when present. */
  readonly teMs?: number;
  readonly why: string;
}

/** DSC is T2*-weighted: EchoTime of a GRE-EPI perfusion series is 25–45 ms at 1.5–3 T, DCE's SPGR 1–5 ms. */
export const DSC_MIN_TE_MS = 15;
/** DSC repeats the whole brain every 1–2 s: TR well below a spin-echo T2's. */
export const DSC_MAX_TR_MS = 3000;
/** A first pass sampled densely enough to deconvolve needs many phases (header-only rule). */
export const DSC_MIN_PHASES = 10;

const num = (i: Instance, tag: string): number | undefined => {
  const v = i.dataSet.string(tag)?.trim();
  return v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
};

/**
 * Which analysis a dynamic series (already split into `phaseCount` phases) gets, from its headers:
 * CT → CT perfusion; MR described as DSC/perfusion/PWI, or T2*-weighted by its headers (EchoTime
 * (0018,0081) ≥ 15 ms, TR ≤ 3000 ms, gradient echo or EPI by ScanningSequence (0018,0020) when
 * present, ≥ 10 phases) → DSC; any other MR → DCE. A series described as DSC without an EchoTime
 * is an error naming the file (ΔR2* needs TE), never a guessed TE.
 */
export function classifyDynamic(images: readonly Instance[], phaseCount: number): { ok: true; value: DynamicClass } | { ok: false; error: string } {
  const first = images[0];
  if (!first) return { ok: false, error: 'no images' };
  if (first.modality === 'CT') return { ok: true, value: { kind: 'ctp', why: `CT with ${phaseCount} phases at one set of slice positions` } };
  const desc = first.seriesDescription ?? '';
  const named = /\b(dsc|pwi|perf(usion)?|t2\*)\b/i.test(desc) && !/\bdce\b/i.test(desc);
  const te = num(first, 'x00180081'), tr = num(first, 'x00180080');
  const seq = first.dataSet.string('x00180020') ?? '';
  const gradient = seq === '' || /\b(GR|EP)\b/.test(seq);
  const t2Star = te !== undefined && te >= DSC_MIN_TE_MS && (tr === undefined || tr <= DSC_MAX_TR_MS) && gradient && phaseCount >= DSC_MIN_PHASES;
  if (!named && !t2Star) return { ok: true, value: { kind: 'dce', why: 'dynamic MR series (T1-weighted)', ...(te !== undefined ? { teMs: te } : {}) } };
  if (te === undefined) return { ok: false, error: `EchoTime (0018,0081) missing in ${first.file}: DSC needs TE for ΔR2* = −ln(S/S0)/TE` };
  const missing = images.find((i) => num(i, 'x00180081') === undefined);
  if (missing) return { ok: false, error: `EchoTime (0018,0081) missing in ${missing.file}` };
  if (!(te > 0)) return { ok: false, error: `EchoTime (0018,0081) ${te} ms is not usable` };
  const why = named ? `described as "${desc}"` : `T2*-weighted: TE ${te} ms${tr !== undefined ? `, TR ${tr} ms` : ''}${seq ? `, ${seq}` : ''}, ${phaseCount} phases`;
  return { ok: true, value: { kind: 'dsc', teMs: te, why } };
}
