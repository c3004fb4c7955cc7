import type { KineticFit, KineticModel } from '@caliper/engine';
import { createKineticBasis, fitKineticModel } from '@caliper/engine';
import type { ReferenceCurve } from './parseCurvesCsv';

/** The `--curves` output row of one curve (issue 15 field names). */
export interface CurveFitRow {
  readonly curve: string;
  readonly ktransPerMin: number;
  readonly kepPerMin: number | null;
  readonly ve: number | null;
  readonly vp: number | null;
  readonly residualMm: number;
  /** 2CXM only. */
  readonly fpMlPer100mlMin?: number;
  readonly psPerMin?: number;
}

/**
 * Fits one reference curve: AIF = its aif_mM (plasma, no hematocrit) linear between its samples,
 * integrals from its first sample; the model by the engine's least-squares fit (grid start).
 */
export function fitReferenceCurve(curve: ReferenceCurve, model: KineticModel): CurveFitRow {
  const timesMin = Float64Array.from(curve.timesS, (t) => t / 60);
  const basis = createKineticBasis({ timesMin, plasmaMm: curve.aifMm }, timesMin);
  const fit: KineticFit = fitKineticModel(curve.tissueMm, basis, { model });
  const { model: _model, ...values } = fit;
  return { curve: curve.label, ...values };
}
