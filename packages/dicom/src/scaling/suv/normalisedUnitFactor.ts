import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { bsaDuBoisCm2, idealBodyWeightG, lbmJames128G, lbmJanmahasatianG, lbmMorganG, toSex } from './bodySize';
import type { PetSuvTags } from './types';

/**
 * Factor from an already-normalised image (Units GML or CM2ML) back to SUVbw:
 * SUVbw = SUVx · W / X, X = the normaliser named by SUVType (0054,1006) in g (or cm² for BSA).
 * GML with SUVType absent or BW is SUVbw (factor 1). calculate-suv returns 1 for every GML and
 * rejects CM2ML; this replaces it for those units.
 */
export function normalisedUnitFactor(t: PetSuvTags, weightKg: number | undefined, heightM: number | undefined): Result<{ factor: number; rule: string }, string> {
  const units = t.units;
  const type = t.suvType ?? (units === 'CM2ML' ? 'BSA' : 'BW');
  if (units === 'GML' && type === 'BW') return ok({ factor: 1, rule: 'Units GML, SUVType BW: factor 1' });
  if (weightKg === undefined) return err(`PatientWeight missing (needed to convert SUVType ${type} to SUVbw)`);
  if (heightM === undefined || !(heightM > 0)) return err(`PatientSize missing (needed to convert SUVType ${type} to SUVbw)`);
  const sex = toSex(t.patientSex);
  const w = weightKg * 1000;
  const x: Record<string, number> = {
    BSA: bsaDuBoisCm2(weightKg, heightM),
    LBM: lbmMorganG(weightKg, heightM, sex),
    LBMJAMES128: lbmJames128G(weightKg, heightM, sex),
    LBMJANMA: lbmJanmahasatianG(weightKg, heightM, sex),
    IBW: idealBodyWeightG(heightM, sex),
  };
  if (units === 'CM2ML' && type !== 'BSA') return err(`Units CM2ML with SUVType ${type}: inconsistent`);
  if (units === 'GML' && type === 'BSA') return err('Units GML with SUVType BSA: inconsistent (BSA images are CM2ML)');
  const norm = x[type];
  if (norm === undefined) return err(`SUVType '${type}' unknown`);
  const sexNote = sex === 'O' && type !== 'BSA' ? ' (PatientSex not M/F: mean of male and female formulas)' : '';
  return ok({ factor: w / norm, rule: `Units ${units}, SUVType ${type}: SUVbw = value · W / ${type}${sexNote}` });
}
