/**
 * Tracer-kinetic models of `caliper dce` (OSIPI CAPLEX: M.IC1.005 Tofts, M.IC1.006 extended Tofts,
 * M.IC1.007 Patlak, M.IC2.001 two-compartment exchange).
 */
export type KineticModel = 'tofts' | 'etofts' | 'patlak' | '2cxm';

/**
 * One fitted curve, OSIPI CAPLEX names and units: Ktrans (volume transfer constant, /min), kep
 * (rate constant EES → plasma, /min; kep = Ktrans/ve), ve (EES volume fraction, 1), vp (plasma
 * volume fraction, 1). A parameter the model lacks is null (Tofts vp; Patlak ve and kep).
 * residualMm = RMS(model − data) over all samples (mM).
 */
export interface KineticFit {
  readonly model: KineticModel;
  readonly ktransPerMin: number;
  readonly kepPerMin: number | null;
  readonly ve: number | null;
  readonly vp: number | null;
  readonly residualMm: number;
  /** 2CXM only: plasma flow Fp (mL/100 mL/min) and permeability–surface area product PS (/min). */
  readonly fpMlPer100mlMin?: number;
  readonly psPerMin?: number;
}

/** Bounds of the fit (issue 15 contract): Ktrans [0, 5] /min, ve [0.001, 1], vp [0, 1]. */
export const KINETIC_BOUNDS = {
  ktransPerMin: [0, 5],
  ve: [0.001, 1],
  vp: [0, 1],
} as const;
