import { detectBolusOnset } from '@caliper/engine';
import type { PerfusionKind } from '../model/perfusionKind';

/** Bolus arrival and the phases before it, from an arterial curve. */
export interface PerfusionBaseline {
  readonly bolusArrivalS: number;
  readonly baselineCount: number;
  readonly method: string;
}

/**
 * The baseline (pre-bolus) phases of a DSC or CT perfusion study, from the arterial ROI's mean signal:
 * the bolus onset of the linear–quadratic model (Cheong et al. 2003, detectBolusOnset) on the curve
 * that rises with contrast — HU for CT, −S for DSC (the T2* signal drops). The phases strictly before
 * it are the baseline (S0 / baseline HU). Null: no bolus, or no phase before it.
 */
export function detectPerfusionBaseline(kind: Exclude<PerfusionKind, 'dce'>, aifSignal: ArrayLike<number>, timesS: ArrayLike<number>): PerfusionBaseline | null {
  const rising = kind === 'dsc' ? Float64Array.from(aifSignal, (s) => -s) : aifSignal;
  const b = detectBolusOnset(rising, timesS);
  if (b === null) return null;
  let n = 0;
  while (n < timesS.length && timesS[n] < b) n++;
  if (n === 0) return null;
  return { bolusArrivalS: b, baselineCount: n, method: `detected: linear-quadratic onset of the arterial ROI mean ${kind === 'dsc' ? 'signal drop' : 'HU rise'} (Cheong 2003)` };
}
