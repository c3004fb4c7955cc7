import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { PetSuvTags, SuvOptions, SuvOverrides } from './types';

/** Weight in kg; PatientWeight > 1000 is read as grams (OncoRay manual). 0/absent = missing. */
export function normaliseWeightKg(t: PetSuvTags, o: SuvOverrides, notes: string[]): Result<number, string> {
  const w = o.patientWeightKg ?? t.patientWeightKg;
  if (w === undefined || !Number.isFinite(w) || w <= 0) return err('PatientWeight missing');
  if (w > 1000) {
    notes.push(`PatientWeight ${w} > 1000 read as grams`);
    return ok(w / 1000);
  }
  return ok(w);
}

/** Dose in Bq; values below options.assumeMBqBelow (default 1e5) are read as MBq. */
export function normaliseDoseBq(t: PetSuvTags, o: SuvOverrides, opts: SuvOptions, notes: string[]): Result<number, string> {
  if (o.radionuclideTotalDoseBq !== undefined) {
    return o.radionuclideTotalDoseBq > 0 ? ok(o.radionuclideTotalDoseBq) : err('RadionuclideTotalDose override must be > 0 Bq');
  }
  const d = t.radionuclideTotalDose;
  if (d === undefined || !Number.isFinite(d) || d <= 0) return err('RadionuclideTotalDose missing');
  if (d < (opts.assumeMBqBelow ?? 1e5)) {
    notes.push(`RadionuclideTotalDose ${d} read as MBq`);
    return ok(d * 1e6);
  }
  return ok(d);
}

export function halfLifeS(t: PetSuvTags): Result<number, string> {
  const h = t.radionuclideHalfLifeS;
  return h !== undefined && Number.isFinite(h) && h > 0 ? ok(h) : err('RadionuclideHalfLife missing');
}
