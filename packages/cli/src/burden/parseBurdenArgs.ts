import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { PatientPoint } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { BurdenMethod } from '@caliper/engine';
import { BURDEN_METHODS } from '@caliper/engine';
import type { SuvOverrides } from '@caliper/dicom';

export interface BurdenArgs {
  readonly petPaths: readonly string[];
  readonly method: BurdenMethod;
  readonly ctPaths: readonly string[];
  readonly minVolumeMl: number;
  /** A SEG/NIfTI path, 'auto', or null (no exclusion). */
  readonly exclude: string | null;
  readonly liverCenterMm: PatientPoint | null;
  readonly bloodCenterMm: PatientPoint | null;
  readonly overrides: SuvOverrides;
  readonly json: boolean;
  readonly help: boolean;
}

const VALUED = new Set(['method', 'min-volume-ml', 'exclude', 'liver-center-mm', 'blood-center-mm', 'weight-kg', 'dose-bq', 'injection']);

/**
 * `caliper burden` argv → options; an error string means bad usage (exit 2). Value options take
 * the next argument even when it starts with '-' (negative coordinates: `--liver-center-mm
 * -70,0,-300`), or `--opt=value`; `--ct` takes every following argument up to the next option.
 */
export function parseBurdenArgs(argv: readonly string[]): Result<BurdenArgs, string> {
  const values = new Map<string, string>();
  const pet: string[] = [], ct: string[] = [];
  let json = false, help = false, sawCt = false;
  for (let a = 0; a < argv.length; a++) {
    const arg = argv[a];
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--ct' || arg.startsWith('--ct=')) {
      sawCt = true;
      if (arg.startsWith('--ct=')) ct.push(arg.slice(5));
      while (a + 1 < argv.length && !argv[a + 1].startsWith('-')) ct.push(argv[++a]);
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (!VALUED.has(name)) return err(`unknown option '${arg}'`);
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++a];
      if (value === undefined) return err(`--${name} needs a value`);
      values.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') return err(`unknown option '${arg}'`);
    else pet.push(arg);
  }
  if (help) return ok({ petPaths: pet, method: 'suv4', ctPaths: ct, minVolumeMl: 0, exclude: null, liverCenterMm: null, bloodCenterMm: null, overrides: {}, json, help });
  if (sawCt && ct.length === 0) return err('--ct needs the CT series path(s)');
  const method = values.get('method');
  if (method === undefined) return err(`give --method ${BURDEN_METHODS.join('|')}`);
  if (!(BURDEN_METHODS as readonly string[]).includes(method)) return err(`unknown --method '${method}' (use ${BURDEN_METHODS.join(', ')})`);
  if (pet.length === 0) return err('give the PET series path(s)');
  const num = (name: string, positive: boolean): Result<number | undefined, string> => {
    const s = values.get(name);
    if (s === undefined) return ok(undefined);
    const v = Number(s);
    if (s.trim() === '' || !Number.isFinite(v) || (positive ? v <= 0 : v < 0)) return err(`--${name} must be a ${positive ? 'positive' : 'non-negative'} number, not '${s}'`);
    return ok(v);
  };
  const point = (name: string): Result<PatientPoint | null, string> => {
    const s = values.get(name);
    if (s === undefined) return ok(null);
    const p = s.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
    if (p.length !== 3 || !p.every(Number.isFinite)) return err(`--${name} must be x,y,z in mm (patient LPS), not '${s}'`);
    return ok(patientPoint(p[0], p[1], p[2]));
  };
  const minVol = num('min-volume-ml', false), weight = num('weight-kg', true), dose = num('dose-bq', true);
  const liver = point('liver-center-mm'), blood = point('blood-center-mm');
  for (const r of [minVol, weight, dose, liver, blood]) if (!r.ok) return r;
  const overrides: { -readonly [K in keyof SuvOverrides]: SuvOverrides[K] } = {};
  if (weight.ok && weight.value !== undefined) overrides.patientWeightKg = weight.value;
  if (dose.ok && dose.value !== undefined) overrides.radionuclideTotalDoseBq = dose.value;
  const injection = values.get('injection');
  if (injection !== undefined) overrides.injectionDateTime = injection;
  const exclude = values.get('exclude') ?? null;
  if (exclude === '') return err('--exclude needs a SEG/NIfTI path or auto');
  return ok({
    petPaths: pet,
    method: method as BurdenMethod,
    ctPaths: ct,
    minVolumeMl: (minVol.ok && minVol.value) || 0,
    exclude,
    liverCenterMm: liver.ok ? liver.value : null,
    bloodCenterMm: blood.ok ? blood.value : null,
    overrides,
    json,
    help,
  });
}
