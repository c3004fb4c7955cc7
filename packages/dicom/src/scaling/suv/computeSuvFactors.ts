import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { bsaDuBoisCm2, lbmJanmahasatianG, toSex } from './bodySize';
import { checkSeriesConsistency } from './checkSeriesConsistency';
import { combineDicomDateTime, parseDicomDateTime } from './dicomDateTime';
import { libraryBodyWeightFactor } from './libraryBodyWeightFactor';
import { halfLifeS, normaliseDoseBq, normaliseWeightKg } from './normalisePatientInputs';
import { normalisedUnitFactor } from './normalisedUnitFactor';
import { resolveInjectionTime } from './resolveInjectionTime';
import { resolveReferenceTimes } from './resolveReferenceTimes';
import type { PetSuvTags, SuvFactors, SuvOptions, SuvOverrides } from './types';

const DAY = 86400;

/**
 * SUVbw scale factor per PET instance: SUVbw = (stored · RescaleSlope + RescaleIntercept) · factor,
 * i.e. factor = W[g] / D[Bq] decayed to the image reference time (QIBA; OncoRay SUV manual).
 * Units BQML, CNTS (Philips (7053,1000) SUV scale factor, else (7053,1009) activity scale factor),
 * GML (any SUVType, converted back to body weight), CM2ML (BSA). DecayCorrection START/ADMIN/NONE.
 * The W/D_decayed arithmetic for BQML/CNTS is @cornerstonejs/calculate-suv's; everything the
 * library gets wrong or does not handle is resolved before calling it (see README.md).
 * Returns a reason (and no number) when SUV cannot be computed; `overrides` fill missing values.
 */
export function computeSuvFactors(
  instances: readonly PetSuvTags[],
  overrides: SuvOverrides = {},
  options: SuvOptions = {},
): Result<SuvFactors, string> {
  if (instances.length === 0) return err('no PET instances');
  const inconsistent = checkSeriesConsistency(instances);
  if (inconsistent) return err(inconsistent);
  const first = instances[0];
  const notes: string[] = [];
  const units = first.units;
  if (!units) return err('Units (0054,1001) missing');
  const weight = normaliseWeightKg(first, overrides, notes);
  const heightM = overrides.patientSizeM ?? (first.patientSizeM && first.patientSizeM > 0 ? first.patientSizeM : undefined);
  const sex = toSex(overrides.patientSex ?? first.patientSex);
  if ((first.rescaleIntercept ?? 0) !== 0) notes.push(`RescaleIntercept ${first.rescaleIntercept} is not 0 (unusual for PET)`);

  let bw: number[];
  let method: string;
  if (units === 'GML' || units === 'CM2ML') {
    const f = normalisedUnitFactor(first, weight.ok ? weight.value : undefined, heightM);
    if (!f.ok) return f;
    bw = instances.map(() => f.value.factor);
    method = f.value.rule;
  } else if (units === 'CNTS' && instances.every((t) => !!t.philipsSuvScaleFactor)) {
    // The Philips SUV scale factor is SUVbw per count: no dose or time needed (the library would
    // still demand them), so it is applied directly.
    bw = instances.map((t) => t.philipsSuvScaleFactor!);
    method = 'Units CNTS: Philips SUV Scale Factor (7053,1000)';
  } else if (units === 'BQML' || units === 'CNTS') {
    const r = decayBasedFactors(instances, overrides, options, notes);
    if (!r.ok) return r;
    ({ bw, method } = r.value);
  } else {
    return err(`Units '${units}' cannot be converted to SUVbw (supported: BQML, CNTS with Philips scale factors, GML, CM2ML)`);
  }

  const out: { -readonly [K in keyof SuvFactors]: SuvFactors[K] } = { factorPerInstance: bw, unit: 'SUVbw', method, notes };
  if (weight.ok && heightM !== undefined) {
    const wG = weight.value * 1000;
    const lbm = lbmJanmahasatianG(weight.value, heightM, sex);
    const bsa = bsaDuBoisCm2(weight.value, heightM);
    out.sul = { factorPerInstance: bw.map((f) => (f * lbm) / wG), unit: 'SUL' };
    out.suvbsa = { factorPerInstance: bw.map((f) => (f * bsa) / wG), unit: 'SUVbsa' };
    if (sex === 'O') notes.push('PatientSex not M/F: SUL uses the mean of the male and female Janmahasatian LBM');
  }
  return ok(out);
}

function decayBasedFactors(
  instances: readonly PetSuvTags[],
  overrides: SuvOverrides,
  options: SuvOptions,
  notes: string[],
): Result<{ bw: number[]; method: string }, string> {
  const first = instances[0];
  const dc = first.decayCorrection ?? 'START';
  const ci = first.correctedImage;
  if (ci === undefined) notes.push('CorrectedImage missing: assumed attenuation and decay corrected');
  else if (!ci.includes('ATTN')) return err('CorrectedImage lacks ATTN: not attenuation corrected, SUV not quantitative');
  else if (dc !== 'NONE' && !ci.includes('DECY')) return err(`CorrectedImage lacks DECY while DecayCorrection is ${dc}`);
  const weight = normaliseWeightKg(first, overrides, notes);
  if (!weight.ok) return weight;
  const dose = normaliseDoseBq(first, overrides, options, notes);
  if (!dose.ok) return dose;
  const half = halfLifeS(first);
  if (!half.ok) return half;
  const inj = resolveInjectionTime(first, overrides);
  if (!inj.ok) return inj;
  const refs = resolveReferenceTimes(instances, half.value);
  if (!refs.ok) return refs;
  notes.push(...refs.value.notes);
  let injS = inj.value.seconds;
  // Earliest known scan time (also for ADMIN, where the reference is the injection itself).
  const timed = [...refs.value.seconds, scanStartSeconds(instances)].filter((s): s is number => s !== null && s !== undefined);
  const scan = timed.length ? Math.min(...timed) : undefined;
  if (scan !== undefined && injS > scan) {
    if (!inj.value.dateAssumed) return err(`injection (${inj.value.source}) is after the scan: negative decay time ${(scan - injS).toFixed(1)} s`);
    injS -= DAY;
    notes.push('injection time after scan time on the same date: injection taken on the previous day (midnight crossing)');
  }
  const cache = new Map<number, Result<number, string>>();
  const bw: number[] = [];
  for (let i = 0; i < instances.length; i++) {
    const ref = refs.value.seconds[i];
    const dt = ref === null ? 0 : ref - injS;
    if (dt < 0) return err(`injection (${inj.value.source}) is after the scan reference time: negative decay time ${dt.toFixed(1)} s`);
    const key = Math.round(dt * 1e6);
    let f = cache.get(key);
    if (!f) {
      f = libraryBodyWeightFactor({
        units: first.units as 'BQML' | 'CNTS',
        weightKg: weight.value,
        doseBq: dose.value,
        halfLifeS: half.value,
        decaySeconds: dt,
        philipsSuvScaleFactor: instances[i].philipsSuvScaleFactor,
        philipsActivityConcentrationScaleFactor: instances[i].philipsActivityConcentrationScaleFactor,
      });
      cache.set(key, f);
    }
    if (!f.ok) return err(f.error.includes('CNTS') ? 'Units CNTS without a usable Philips scale factor (7053,1000)/(7053,1009)' : f.error);
    bw.push(f.value);
  }
  const unitsRule = first.units === 'CNTS' ? 'Units CNTS: Philips Activity Concentration Scale Factor (7053,1009) × W/D' : 'Units BQML: W/D';
  return ok({ bw, method: `${unitsRule}; ${refs.value.rule}; injection from ${inj.value.source}; arithmetic by @cornerstonejs/calculate-suv` });
}

/** min(SeriesDate/Time, earliest AcquisitionDate/Time), when any is known. */
function scanStartSeconds(instances: readonly PetSuvTags[]): number | undefined {
  const t = [
    combineDicomDateTime(instances[0].seriesDate, instances[0].seriesTime),
    ...instances.map((i) => parseDicomDateTime(i.acquisitionDateTime) ?? combineDicomDateTime(i.acquisitionDate ?? i.seriesDate, i.acquisitionTime)),
  ].filter((x): x is number => x !== undefined);
  return t.length ? Math.min(...t) : undefined;
}
