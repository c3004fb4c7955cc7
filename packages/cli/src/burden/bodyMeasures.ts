import type { PetSuvTags, SuvOverrides } from '@caliper/dicom';
import { bsaDuBoisCm2, lbmJanmahasatianG } from '@caliper/dicom';
import { toSex } from '@caliper/dicom/scaling/suv/bodySize';
import { normaliseWeightKg } from '@caliper/dicom/scaling/suv/normalisePatientInputs';

export interface BodyMeasures {
  readonly weightKg: number | null;
  readonly heightM: number | null;
  readonly sex: 'M' | 'F' | null;
  /** Du Bois body surface area, m² (needs weight and height), for SDmax. */
  readonly bsaM2: number | null;
  /** SUL per SUVbw = Janmahasatian LBM / body weight (needs weight, height and sex M/F), for the liver reference. */
  readonly sulPerSuvbw: number | null;
}

/**
 * Weight (the --weight-kg override, else PatientWeight; > 1000 read as grams as for SUV), height
 * (PatientSize, m) and sex (PatientSex M/F) of a PET header, and what burden derives from them with
 * @caliper/dicom's body-size formulas: BSA (Du Bois) and the SUL factor (Janmahasatian, PERCIST).
 * Issue 14: the liver SUL is null without height or sex, SDmax null without weight and height.
 */
export function bodyMeasures(tags: PetSuvTags, overrides: SuvOverrides): BodyMeasures {
  const w = normaliseWeightKg(tags, overrides, []);
  const weightKg = w.ok ? w.value : null;
  const heightM = overrides.patientSizeM ?? (tags.patientSizeM !== undefined && tags.patientSizeM > 0 ? tags.patientSizeM : null);
  const s = toSex(overrides.patientSex ?? tags.patientSex);
  const sex = s === 'O' ? null : s;
  return {
    weightKg,
    heightM,
    sex,
    bsaM2: weightKg !== null && heightM !== null ? bsaDuBoisCm2(weightKg, heightM) / 1e4 : null,
    sulPerSuvbw: weightKg !== null && heightM !== null && sex !== null ? lbmJanmahasatianG(weightKg, heightM, sex) / (weightKg * 1000) : null,
  };
}
