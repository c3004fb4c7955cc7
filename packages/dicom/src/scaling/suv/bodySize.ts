/**
 * Body-size normalisers for SUV variants. W in kg, H in m (converted to cm where the formula
 * wants cm). Results in grams (masses) or cm² (surface), the units SUV factors need.
 * References: Sugawara et al. Radiology 1999 (LBM James/Morgan, BSA Du Bois);
 * Janmahasatian et al. Clin Pharmacokinet 2005 (LBM); DICOM PS3.3 C.8.9.1.1.3 SUVType;
 * OncoRay SUV manual (sex "O": mean of the male and female formulas).
 */
export type Sex = 'M' | 'F' | 'O';

const bySex = (sex: Sex, male: number, female: number): number =>
  sex === 'M' ? male : sex === 'F' ? female : (male + female) / 2;

/** Du Bois body surface area, cm²: 71.84 · W^0.425 · Hcm^0.725. */
export function bsaDuBoisCm2(weightKg: number, heightM: number): number {
  return 71.84 * Math.pow(weightKg, 0.425) * Math.pow(heightM * 100, 0.725);
}

/** DICOM SUVType LBMJAMES128: male 1.10W − 128(W/Hcm)², female 1.07W − 148(W/Hcm)²; grams. */
export function lbmJames128G(weightKg: number, heightM: number, sex: Sex): number {
  const r = Math.pow(weightKg / (heightM * 100), 2);
  return 1000 * bySex(sex, 1.1 * weightKg - 128 * r, 1.07 * weightKg - 148 * r);
}

/** DICOM SUVType LBM (Morgan): male 1.10W − 120(W/Hcm)², female 1.07W − 148(W/Hcm)²; grams. */
export function lbmMorganG(weightKg: number, heightM: number, sex: Sex): number {
  const r = Math.pow(weightKg / (heightM * 100), 2);
  return 1000 * bySex(sex, 1.1 * weightKg - 120 * r, 1.07 * weightKg - 148 * r);
}

/** Janmahasatian LBM (SUL, PERCIST): male 9270W/(6680+216·BMI), female 9270W/(8780+244·BMI); grams. */
export function lbmJanmahasatianG(weightKg: number, heightM: number, sex: Sex): number {
  const bmi = weightKg / (heightM * heightM);
  return 1000 * bySex(sex, (9270 * weightKg) / (6680 + 216 * bmi), (9270 * weightKg) / (8780 + 244 * bmi));
}

/** Ideal body weight (Devine): male 48.0 + 1.06(Hcm − 152), female 45.5 + 0.91(Hcm − 152); grams. */
export function idealBodyWeightG(heightM: number, sex: Sex): number {
  const h = heightM * 100 - 152;
  return 1000 * bySex(sex, 48.0 + 1.06 * h, 45.5 + 0.91 * h);
}

/** PatientSex tag → Sex; anything but M/F (including absent) is 'O'. */
export function toSex(s: string | undefined): Sex {
  const t = s?.trim().toUpperCase();
  return t === 'M' || t === 'F' ? t : 'O';
}
