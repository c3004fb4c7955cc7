import { describe, expect, it } from 'vitest';
import { bodyMeasures } from '../bodyMeasures';
import { parseBurdenArgs } from '../parseBurdenArgs';

const ok = (argv: string[]) => {
  const r = parseBurdenArgs(argv);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const bad = (argv: string[]) => {
  const r = parseBurdenArgs(argv);
  return r.ok ? '' : r.error;
};

describe('parseBurdenArgs', () => {
  it('paths, method, negative coordinates after a space, --opt=value, greedy --ct', () => {
    const a = ok(['pet/', '--method', 'percist', '--liver-center-mm', '-70,0,-300', '--blood-center-mm=15,27,-261', '--ct', 'ct1/', 'ct2.dcm', '--min-volume-ml', '0.5', '--exclude', 'auto', '--json', 'pet2/']);
    expect(a).toMatchObject({ petPaths: ['pet/', 'pet2/'], method: 'percist', ctPaths: ['ct1/', 'ct2.dcm'], minVolumeMl: 0.5, exclude: 'auto', liverCenterMm: [-70, 0, -300], bloodCenterMm: [15, 27, -261], json: true });
  });
  it('SUV overrides as measure', () => {
    expect(ok(['p', '--method', 'suv4', '--weight-kg', '70', '--dose-bq', '3.7e8', '--injection', '20250101100000']).overrides).toEqual({ patientWeightKg: 70, radionuclideTotalDoseBq: 3.7e8, injectionDateTime: '20250101100000' });
  });
  it('usage errors', () => {
    expect(bad(['p'])).toMatch(/give --method/);
    expect(bad(['p', '--method', 'SUV4'])).toMatch(/unknown --method 'SUV4'/);
    expect(bad(['p', '--method', 'suv4', '--roi', 'x'])).toMatch(/unknown option '--roi'/);
    expect(bad(['p', '--method', 'suv4', '-x'])).toMatch(/unknown option '-x'/);
    expect(bad(['--method', 'suv4'])).toMatch(/PET series path/);
    expect(bad(['p', '--method', 'suv4', '--liver-center-mm', '1,2'])).toMatch(/x,y,z/);
    expect(bad(['p', '--method', 'suv4', '--min-volume-ml', '-1'])).toMatch(/non-negative/);
    expect(bad(['p', '--method', 'suv4', '--weight-kg', '0'])).toMatch(/positive/);
    expect(bad(['p', '--method', 'suv4', '--ct'])).toMatch(/--ct needs/);
    expect(bad(['p', '--method'])).toMatch(/--method needs a value/);
  });
});

describe('bodyMeasures: BSA (Du Bois) and SUL factor (Janmahasatian) from the header', () => {
  it('70 kg, 1.75 m, male', () => {
    const b = bodyMeasures({ patientWeightKg: 70, patientSizeM: 1.75, patientSex: 'M' }, {});
    expect(b.bsaM2).toBeCloseTo((71.84 * 70 ** 0.425 * 175 ** 0.725) / 1e4, 12);
    expect(b.sulPerSuvbw).toBeCloseTo(9270 / (6680 + 216 * (70 / 1.75 ** 2)), 12);
  });
  it('no sex: SUL null, BSA kept; no height: both null; weight from the override', () => {
    expect(bodyMeasures({ patientWeightKg: 70, patientSizeM: 1.75, patientSex: 'O' }, {})).toMatchObject({ sex: null, sulPerSuvbw: null });
    expect(bodyMeasures({ patientWeightKg: 70, patientSex: 'F' }, {})).toMatchObject({ bsaM2: null, sulPerSuvbw: null });
    expect(bodyMeasures({ patientSizeM: 1.6, patientSex: 'F' }, { patientWeightKg: 60 }).weightKg).toBe(60);
  });
});
