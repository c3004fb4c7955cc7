/**
 * Lean body mass (kg) by Janmahasatian et al., Clin Pharmacokinet 2005;44:1051–1065, the LBM that
 * PERCIST 1.0 uses for SUL (Wahl 2009; O et al. 2016): male 9270·W / (6680 + 216·BMI), female
 * 9270·W / (8780 + 244·BMI), W in kg, BMI = W / H² (kg/m²). Written here from the paper, not
 * imported from @caliper/dicom, so the phantom's truth checks the viewer's SUL factor independently.
 */
export function leanBodyMassJanmahasatianKg(weightKg: number, heightM: number, sex: 'M' | 'F'): number {
  const bmi = weightKg / (heightM * heightM);
  return sex === 'M' ? (9270 * weightKg) / (6680 + 216 * bmi) : (9270 * weightKg) / (8780 + 244 * bmi);
}

/** SUL per SUVbw (dimensionless): SUL = SUVbw × LBM / W, both SUVs from the same Bq/mL. */
export function sulPerSuvbw(weightKg: number, heightM: number, sex: 'M' | 'F'): number {
  return leanBodyMassJanmahasatianKg(weightKg, heightM, sex) / weightKg;
}
