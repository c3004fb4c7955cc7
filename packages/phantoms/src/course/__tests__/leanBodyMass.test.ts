import { describe, expect, it } from 'vitest';
import { leanBodyMassJanmahasatianKg, sulPerSuvbw } from '../leanBodyMass';

describe('Janmahasatian lean body mass (SUL)', () => {
  it('demo patient, male 75 kg 1.78 m: BMI 23.671, LBM = 695250 / (6680 + 216·BMI) = 58.955 kg', () => {
    const bmi = 75 / 1.78 ** 2;
    expect(bmi).toBeCloseTo(23.67125363, 8);
    expect(leanBodyMassJanmahasatianKg(75, 1.78, 'M')).toBeCloseTo(695250 / (6680 + 216 * 23.67125363), 6);
    expect(leanBodyMassJanmahasatianKg(75, 1.78, 'M')).toBeCloseTo(58.9545, 4);
    expect(sulPerSuvbw(75, 1.78, 'M')).toBeCloseTo(0.786060, 6);
  });
  it('female: 9270·W / (8780 + 244·BMI); 75 kg 1.85 m → 49.214 kg', () => expect(leanBodyMassJanmahasatianKg(75, 1.85, 'F')).toBeCloseTo(49.21438, 5));
});
