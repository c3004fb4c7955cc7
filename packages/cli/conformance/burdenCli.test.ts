import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholeBodyPetPhantom } from '@caliper/engine/testing/wholeBodyPetPhantom';
import type { WholeBodyPetPhantom } from '@caliper/engine/testing/wholeBodyPetPhantom';
import { writeFixtureStudy } from './fixtureStudy';
import { writeCtOnPhantom, writeNiftiOnGrid, writePetPhantom, writeSegOnGrid } from './burdenFixtures';
import { referenceDir, runCaliper, unpack } from './helpers';
import { run as runBurden } from '../src/commands/burden';
import { run as runInfo } from '../src/commands/info';

/**
 * `caliper burden` as the acceptance checks run it, on synthetic whole-body PET series this test
 * writes itself (packages/engine/src/testing/wholeBodyPetPhantom: exact SUV per voxel, 6 mm voxels).
 * Every expected number is computed here from the phantom's definition, independently of the engine.
 */
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-burden-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fdg = wholeBodyPetPhantom('FDG');
const psma = wholeBodyPetPhantom('PSMA');
const FDG_TRACER = { text: 'FDG -- fluorodeoxyglucose', code: ['35321007', 'SCT', 'Fluorodeoxyglucose F^18^'], nuclide: ['77004003', 'SCT', '^18^Fluorine'], halfLifeS: 6586.2 } as const;
// PSMA-11 with the F-18 half-life in the header (a scanner set-up error): warned, and used.
const PSMA_TRACER = { text: 'Ga-68 PSMA-11', code: ['C118961', 'NCIt', 'PSMA-11 Ga^68^'], nuclide: ['35337001', 'SCT', '^68^Gallium'], halfLifeS: 6586.2 } as const;
const dirs = {
  fdg: path.join(tmp, 'fdg'),
  psma: path.join(tmp, 'psma'),
  noWeight: path.join(tmp, 'noweight'),
  psmaDecayed: path.join(tmp, 'psma-decayed'),
};
const VOX_ML = 0.216;

// ---- ground truth from the phantom definition -------------------------------------------------
const [NI, NJ, NK] = fdg.geometry.dimensions;
const centre = (n: number) => [-159 + 6 * (n % NI), -117 + 6 * (Math.floor(n / NI) % NJ), -597 + 6 * Math.floor(n / (NI * NJ))];
function shapeVoxels(ph: WholeBodyPetPhantom, names: string[]): number[] {
  const out: number[] = [];
  for (let n = 0; n < ph.data.length; n++) {
    if (!(ph.data[n] > 0)) continue;
    const [x, y, z] = centre(n);
    if (ph.shapes.some((s) => names.includes(s.name) && ((x - s.centerMm[0]) / s.radiiMm[0]) ** 2 + ((y - s.centerMm[1]) / s.radiiMm[1]) ** 2 + ((z - s.centerMm[2]) / s.radiiMm[2]) ** 2 <= 1 + 1e-9)) out.push(n);
  }
  return out;
}
interface Truth { voxelCount: number; volumeMl: number; suvMax: number; suvMean: number; suvPeak: number; tlg: number; centroidMm: number[] }
function truth(ph: WholeBodyPetPhantom, names: string[]): Truth {
  const vox = shapeVoxels(ph, names);
  const vals = vox.map((n) => ph.data[n]);
  const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
  const c = [0, 1, 2].map((d) => vox.reduce((s, n) => s + centre(n)[d], 0) / vox.length);
  // IBSI peak at 6 mm spacing: the 6.2035 mm sphere = the voxel and its in-image face neighbours.
  const peak = Math.max(...vox.map((n) => {
    const i = n % NI, j = Math.floor(n / NI) % NJ, k = Math.floor(n / (NI * NJ));
    const nb = [[0, 0, 0], [1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]].filter(([a, b, d]) => i + a >= 0 && i + a < NI && j + b >= 0 && j + b < NJ && k + d >= 0 && k + d < NK);
    return nb.reduce((s, [a, b, d]) => s + ph.data[n + a + NI * b + NI * NJ * d], 0) / nb.length;
  }));
  return { voxelCount: vox.length, volumeMl: vox.length * VOX_ML, suvMax: Math.max(...vals), suvMean: mean, suvPeak: peak, tlg: mean * vox.length * VOX_ML, centroidMm: c };
}
function sphereStats(ph: WholeBodyPetPhantom, c: readonly number[], r: number) {
  const v: number[] = [];
  for (let n = 0; n < ph.data.length; n++) if (centre(n).reduce((s, x, d) => s + (x - c[d]) ** 2, 0) <= r * r + 1e-9) v.push(ph.data[n]);
  const m = v.reduce((a, b) => a + b, 0) / v.length;
  return { mean: m, sd: Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / v.length), n: v.length };
}
const BSA_M2 = (71.84 * 70 ** 0.425 * 175 ** 0.725) / 1e4; // Du Bois, 70 kg, 1.75 m
const SUL_PER_SUV = (9270 * 70) / (6680 + 216 * (70 / 1.75 ** 2)) / 70; // Janmahasatian, male

interface Lesion extends Truth { id: number }
/** The output lesion whose centroid is nearest the truth's, compared field by field. */
function expectLesion(lesions: Lesion[], t: Truth): void {
  const l = [...lesions].sort((a, b) => Math.hypot(...a.centroidMm.map((x, d) => x - t.centroidMm[d])) - Math.hypot(...b.centroidMm.map((x, d) => x - t.centroidMm[d])))[0];
  expect(l.voxelCount).toBe(t.voxelCount);
  expect(l.volumeMl).toBeCloseTo(t.volumeMl, 9);
  expect(l.suvMax).toBeCloseTo(t.suvMax, 5);
  expect(l.suvMean).toBeCloseTo(t.suvMean, 5);
  expect(l.suvPeak).toBeCloseTo(t.suvPeak, 5);
  expect(l.tlg).toBeCloseTo(t.tlg, 4);
  l.centroidMm.forEach((x, d) => expect(x).toBeCloseTo(t.centroidMm[d], 6));
}

// ---- the runs (started together: each is a separate CLI process) -------------------------------
type Run = { code: number; stdout: string; stderr: string };
const runs: Record<string, Run> = {};
/** Spawned through `pnpm --silent caliper` (the real process: dispatch, exit code, stdout). */
const SPAWNED = new Set(['suv25', 'noMethod', 'info']);

/** The same command in this process (no 2 s start-up per run): stdout/stderr captured, exit code returned. */
async function runHere(args: string[]): Promise<Run> {
  const out: string[] = [], err: string[] = [];
  const ow = process.stdout.write.bind(process.stdout), ew = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((c: string | Uint8Array) => (out.push(String(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => (err.push(String(c)), true)) as typeof process.stderr.write;
  try {
    const code = await (args[0] === 'burden' ? runBurden : runInfo)(args.slice(1));
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}
const liverArg = fdg.liverCenterMm.join(',');
const bloodArg = fdg.bloodCenterMm.join(',');
const planned = (): Record<string, string[]> => {
  const seg = path.join(tmp, 'exclude.seg.dcm'), nii = path.join(tmp, 'exclude.nii'), junk = path.join(tmp, 'junk.nii.gz');
  const ct = path.join(tmp, 'ct', '2.25.991');
  return {
    suv25: ['burden', dirs.fdg, '--method', 'suv2.5', '--json'],
    suv4: ['burden', dirs.fdg, '--method', 'suv4', '--json'],
    pct41Auto: ['burden', dirs.fdg, '--method', 'pct41', '--exclude', 'auto', '--json'],
    percist: ['burden', dirs.fdg, '--method', 'percist', '--exclude', 'auto', '--liver-center-mm', liverArg, '--blood-center-mm', bloodArg, '--min-volume-ml', '0.5', '--json'],
    seg: ['burden', dirs.fdg, '--method', 'suv4', '--exclude', seg, '--json'],
    nifti: ['burden', dirs.fdg, '--method', 'suv4', '--exclude', nii, '--json'],
    psmaLiver: ['burden', dirs.psma, '--method', 'psma-liver', '--exclude', 'auto', '--liver-center-mm', psma.liverCenterMm.join(','), '--json'],
    psmaSuv3: ['burden', dirs.psma, '--method', 'psma-suv3', '--exclude', 'auto', '--json'],
    psmaDecayed: ['burden', dirs.psmaDecayed, '--method', 'psma-suv3', '--exclude', 'auto', '--json'],
    withCt: ['burden', dirs.fdg, '--method', 'suv2.5', '--exclude', 'auto', '--ct', path.join(tmp, 'ct-soft'), '--json'],
    boneCt: ['burden', dirs.fdg, '--method', 'suv2.5', '--exclude', 'auto', '--ct', path.join(tmp, 'ct-bone'), '--json'],
    info: ['info', dirs.psma, '--json'],
    text: ['burden', dirs.fdg, '--method', 'suv4'],
    noWeight: ['burden', dirs.noWeight, '--method', 'suv4', '--json'],
    weightOverride: ['burden', dirs.noWeight, '--method', 'suv4', '--weight-kg', '70', '--json'],
    noMethod: ['burden', dirs.fdg, '--json'],
    badMethod: ['burden', dirs.fdg, '--method', 'suv3', '--json'],
    badOption: ['burden', dirs.fdg, '--method', 'suv4', '--frobnicate', '--json'],
    twoSeries: ['burden', dirs.fdg, ct, '--method', 'suv4', '--json'],
    noPet: ['burden', ct, '--method', 'suv4', '--json'],
    percistNoLiver: ['burden', dirs.fdg, '--method', 'percist', '--json'],
    liverOutside: ['burden', dirs.fdg, '--method', 'suv4', '--liver-center-mm', '-150,0,-300', '--json'],
    liverInLesion: ['burden', dirs.fdg, '--method', 'suv4', '--liver-center-mm', '70,-40,-250', '--json'],
    missingMask: ['burden', dirs.fdg, '--method', 'suv4', '--exclude', path.join(tmp, 'nope.nii.gz'), '--json'],
    junkMask: ['burden', dirs.fdg, '--method', 'suv4', '--exclude', junk, '--json'],
  };
};

beforeAll(async () => {
  writePetPhantom(dirs.fdg, fdg, { uid: '2.25.990001', tracer: FDG_TRACER });
  writePetPhantom(dirs.psma, psma, { uid: '2.25.990002', tracer: PSMA_TRACER });
  writePetPhantom(dirs.noWeight, fdg, { uid: '2.25.990003', tracer: FDG_TRACER, weightKg: null });
  writePetPhantom(dirs.psmaDecayed, psma, { uid: '2.25.990004', tracer: PSMA_TRACER, uptakeS: 3600 });
  writeFixtureStudy(path.join(tmp, 'ct'), [{ uid: '2.25.991', modality: 'CT', description: 'CT', value: () => 40 }]);
  writeCtOnPhantom(path.join(tmp, 'ct-soft'), '2.25.992', () => 35);
  // Bone (700 HU) where the right kidney is: it can no longer be taken for a kidney.
  writeCtOnPhantom(path.join(tmp, 'ct-bone'), '2.25.993', (x, y, z) => ((x + 75) ** 2 + (y - 45) ** 2 + (z + 420) ** 2 <= 50 ** 2 ? 700 : 35));
  const n = fdg.data.length;
  const brain = new Uint8Array(n), bladder = new Uint8Array(n);
  for (const v of shapeVoxels(fdg, ['brain'])) brain[v] = 1;
  for (const v of shapeVoxels(fdg, ['bladder'])) bladder[v] = 1;
  writeSegOnGrid(path.join(tmp, 'exclude.seg.dcm'), fdg, [{ label: 'Brain', data: brain }, { label: 'Urinary bladder', data: bladder }]);
  writeNiftiOnGrid(path.join(tmp, 'exclude.nii'), fdg, brain);
  writeFileSync(path.join(tmp, 'junk.nii.gz'), 'not a mask');
  const plan = Object.entries(planned());
  const spawned = Promise.all(plan.filter(([k]) => SPAWNED.has(k)).map(async ([k, args]) => (runs[k] = await runCaliper(args))));
  for (const [k, args] of plan) if (!SPAWNED.has(k)) runs[k] = await runHere(args);
  await spawned;
}, 180_000);

const doc = (k: string) => {
  expect(runs[k].code, runs[k].stderr).toBe(0);
  return JSON.parse(runs[k].stdout);
};
const FDG_ORGANS = ['brain', 'right kidney', 'left kidney', 'bladder'];

describe('caliper burden: output fields on the FDG phantom', () => {
  it('suv2.5, no exclusion: every field; the physiological organs are lesions too', () => {
    const d = doc('suv25');
    expect(Object.keys(d)).toEqual(['series', 'unit', 'method', 'thresholdSuv', 'minVolumeMl', 'tracer', 'exclusion', 'lesions', 'totals', 'reference', 'notes']);
    expect(d).toMatchObject({ series: '#2 PET WB synthetic 2.25.990001', unit: 'SUVbw', method: 'suv2.5', thresholdSuv: 2.5, minVolumeMl: 0 });
    expect(d.tracer).toEqual({ name: 'FDG', code: { scheme: 'SCT', value: '35321007', meaning: 'Fluorodeoxyglucose F^18^' }, nuclide: 'F-18', halfLifeS: 6586.2, warnings: [] });
    expect(d.exclusion).toEqual({ source: 'none', voxelCount: 0, organs: [] });
    const expected = [['L1 rim', 'L1'], ['L2'], ['L3'], ['L4'], ['L5'], ...FDG_ORGANS.map((o) => [o])].map((s) => truth(fdg, s));
    expect(d.lesions).toHaveLength(expected.length);
    expect(d.lesions.map((l: Lesion) => l.id).sort((a: number, b: number) => a - b)).toEqual(expected.map((_, q) => q + 1));
    for (const l of d.lesions) expect(Object.keys(l)).toEqual(['id', 'voxelCount', 'volumeMl', 'suvMax', 'suvPeak', 'suvMean', 'tlg', 'centroidMm']);
    for (const t of expected) expectLesion(d.lesions, t);
    expect(d.totals.lesionCount).toBe(expected.length);
    expect(d.totals.tmtvMl).toBeCloseTo(expected.reduce((s, t) => s + t.volumeMl, 0), 6);
    expect(d.totals.tlg).toBeCloseTo(expected.reduce((s, t) => s + t.tlg, 0), 3);
    let dmax = 0;
    for (const a of expected) for (const b of expected) dmax = Math.max(dmax, Math.hypot(...a.centroidMm.map((x, q) => x - b.centroidMm[q])));
    expect(d.totals.dmaxMm).toBeCloseTo(dmax, 6);
    expect(d.totals.sdmaxPerM).toBeCloseTo(dmax / 1000 / BSA_M2, 9);
    expect(d.reference).toEqual({ liverSulMean: null, liverSulSd: null, mediastinumSuvMean: null });
    expect(Array.isArray(d.notes)).toBe(true);
  });
  it('suv4: L1 core, L2, L5 and the organs (rim 3.2, L3 3.5, L4 2.8 are below 4)', () => {
    const d = doc('suv4');
    expect(d.thresholdSuv).toBe(4);
    const expected = [['L1'], ['L2'], ['L5'], ...FDG_ORGANS.map((o) => [o])].map((s) => truth(fdg, s));
    expect(d.lesions).toHaveLength(expected.length);
    for (const t of expected) expectLesion(d.lesions, t);
  });
  it('pct41 with --exclude auto: 41 % regions (L1 core only, L4 with its 1.3 halo); brain, kidneys, bladder excluded', () => {
    const d = doc('pct41Auto');
    expect(d.thresholdSuv).toBe(2.5);
    expect(d.exclusion.source).toBe('auto');
    expect(d.exclusion.organs).toEqual(['Brain', 'Right kidney', 'Left kidney', 'Urinary bladder']);
    expect(d.exclusion.voxelCount).toBe(FDG_ORGANS.reduce((s, o) => s + shapeVoxels(fdg, [o]).length, 0));
    const expected = [['L1'], ['L2'], ['L3'], ['L4 halo', 'L4'], ['L5']].map((s) => truth(fdg, s));
    expect(d.lesions).toHaveLength(5);
    for (const t of expected) expectLesion(d.lesions, t);
  });
  it('percist: 1.5 m + 2 sd of the liver sphere, SUL reference, blood pool, min volume drops L5', () => {
    const d = doc('percist');
    const liver = sphereStats(fdg, fdg.liverCenterMm, 15);
    expect(d.thresholdSuv).toBeCloseTo(1.5 * liver.mean + 2 * liver.sd, 5);
    expect(d.minVolumeMl).toBe(0.5);
    expect(d.reference.liverSulMean).toBeCloseTo(liver.mean * SUL_PER_SUV, 5);
    expect(d.reference.liverSulSd).toBeCloseTo(liver.sd * SUL_PER_SUV, 5);
    expect(d.reference.mediastinumSuvMean).toBeCloseTo(1.3, 5);
    const expected = [['L1 rim', 'L1'], ['L2'], ['L3'], ['L4']].map((s) => truth(fdg, s));
    expect(d.lesions).toHaveLength(4);
    for (const t of expected) expectLesion(d.lesions, t);
    expect(d.exclusion.organs).toEqual(['Brain', 'Right kidney', 'Left kidney', 'Urinary bladder']);
  });
  it('--exclude seg.dcm (union of its segments, labels as organs) and mask.nii (non-zero)', () => {
    const s = doc('seg');
    expect(s.exclusion).toEqual({ source: 'seg', voxelCount: shapeVoxels(fdg, ['brain']).length + shapeVoxels(fdg, ['bladder']).length, organs: ['Brain', 'Urinary bladder'] });
    expect(s.lesions).toHaveLength(5); // L1 core, L2, L5, two kidneys
    const n = doc('nifti');
    expect(n.exclusion).toEqual({ source: 'nifti', voxelCount: shapeVoxels(fdg, ['brain']).length, organs: [] });
    expect(n.lesions).toHaveLength(6);
  });
  it('--ct: organs carry their median HU; a kidney candidate with bone HU is vetoed (then no pair)', () => {
    const soft = doc('withCt');
    expect(soft.exclusion.organs).toEqual(['Brain', 'Right kidney', 'Left kidney', 'Urinary bladder']);
    expect(soft.notes.filter((n: string) => /^auto exclusion: .* median 35 HU$/.test(n))).toHaveLength(4);
    const bone = doc('boneCt');
    expect(bone.exclusion.organs).toEqual(['Brain', 'Urinary bladder']);
    expect(bone.lesions).toHaveLength(7); // L1–L5 and both kidneys
  });
  it('without --json: a table on stdout', () => {
    expect(runs.text.code).toBe(0);
    expect(runs.text.stdout).toMatch(/TMTV .* mL/);
    expect(() => JSON.parse(runs.text.stdout)).toThrow();
  });
});

describe('caliper burden / info: PSMA-11 phantom, tracer and PSMA exclusion', () => {
  it('psma-liver with auto exclusion: salivary glands, liver, spleen, kidneys, bladder out; L1 core, L2, L5 in', () => {
    const d = doc('psmaLiver');
    expect(d.tracer.name).toBe('PSMA-11');
    expect(d.tracer.code).toEqual({ scheme: 'NCIt', value: 'C118961', meaning: 'PSMA-11 Ga^68^' });
    expect(d.tracer.nuclide).toBe('Ga-68');
    expect(d.tracer.halfLifeS).toBe(6586.2);
    expect(d.tracer.warnings.some((w: string) => w.includes('half-life'))).toBe(true);
    const liver = sphereStats(psma, psma.liverCenterMm, 15);
    expect(d.thresholdSuv).toBeCloseTo((4.3 / liver.mean) * (liver.mean + liver.sd), 5);
    expect(d.exclusion.organs).toEqual(['Salivary glands', 'Liver', 'Spleen', 'Right kidney', 'Left kidney', 'Urinary bladder']);
    const expected = [['L1'], ['L2'], ['L5']].map((s) => truth(psma, s));
    expect(d.lesions).toHaveLength(3);
    for (const t of expected) expectLesion(d.lesions, t);
  });
  it('psma-suv3 with auto exclusion: L1 with its rim, L2, L3, L5', () => {
    const d = doc('psmaSuv3');
    expect(d.thresholdSuv).toBe(3);
    const expected = [['L1 rim', 'L1'], ['L2'], ['L3'], ['L5']].map((s) => truth(psma, s));
    expect(d.lesions).toHaveLength(4);
    for (const t of expected) expectLesion(d.lesions, t);
  });
  it('SUV decays with the header half-life even when it is not the nuclide\'s (1 h uptake, F-18 value on Ga-68)', () => {
    const d = doc('psmaDecayed');
    // Stored values were decayed with 6586.2 s: SUV comes back to the phantom's to the rounding of
    // the stored integers (< 0.1 %); decaying with Ga-68's 4062.6 s instead would read 5.0 as 6.32.
    const l2 = truth(psma, ['L2']);
    const got = d.lesions.find((l: Lesion) => l.voxelCount === l2.voxelCount && Math.abs(l.centroidMm[2] - l2.centroidMm[2]) < 1);
    expect(got.suvMax).toBeCloseTo(5, 2);
    expect(d.tracer.warnings.some((w: string) => /half-life 6586.2 s differs from Ga-68's nominal 4062.6 s/.test(w))).toBe(true);
  });
  it('caliper info gives every PT series the same tracer object', () => {
    const i = doc('info');
    expect(i.series[0].tracer).toEqual(doc('psmaLiver').tracer);
  });
});

const dro = referenceDir('suv-ibsi-dro-oncoray');
describe.skipIf(!dro)('caliper burden on the OncoRay SUV DROs (hot sphere SUVbw 4.00 in a background of 1.00)', () => {
  it('DRO_0_0 (FDG): one lesion at SUV 4.00; DRO_5_0 (Ga-68): the same, its 4057.7 s half-life within 1 % (no warning)', async () => {
    for (const name of ['DRO_0_0', 'DRO_5_0']) {
      const pt = path.join(unpack(path.join(dro!, `${name}.tar.gz`)), name, 'PT');
      const r = await runHere(['burden', pt, '--method', 'suv2.5', '--json']);
      expect(r.code, r.stderr).toBe(0);
      const d = JSON.parse(r.stdout);
      expect(d.totals.lesionCount).toBe(1);
      expect(Math.round(d.lesions[0].suvMax * 100) / 100).toBe(4);
      expect(Math.round(d.lesions[0].suvMean * 100) / 100).toBe(4);
      if (name === 'DRO_5_0') expect(d.tracer).toMatchObject({ name: 'Ga68-PSMA', nuclide: 'Ga-68', halfLifeS: 4057.7, warnings: [] });
    }
  });
});

describe('caliper burden: errors (exit 1 with {"error"}, exit 2 for usage)', () => {
  const error = (k: string, code: number) => {
    expect(runs[k].code, runs[k].stderr).toBe(code);
    const d = JSON.parse(runs[k].stdout);
    expect(typeof d.error).toBe('string');
    return d;
  };
  it('exit 2: missing --method, unknown --method, unknown option', () => {
    expect(error('noMethod', 2).error).toMatch(/--method/);
    expect(error('badMethod', 2).error).toMatch(/unknown --method 'suv3'/);
    expect(error('badOption', 2).error).toMatch(/unknown option '--frobnicate'/);
  });
  it('exit 1: several series (listed), no PET series', () => {
    const d = error('twoSeries', 1);
    expect(d.series.map((s: { modality: string }) => s.modality).sort()).toEqual(['CT', 'PT']);
    expect(error('noPet', 1).error).toMatch(/no PET series in the input/);
  });
  it('exit 1: SUV not computable names the reason; --weight-kg supplies it', () => {
    expect(error('noWeight', 1).error).toMatch(/PatientWeight missing/);
    expect(doc('weightOverride').lesions).toHaveLength(doc('suv4').lesions.length);
  });
  it('exit 1: percist without a liver reference; liver sphere outside the image or not homogeneous', () => {
    expect(error('percistNoLiver', 1).error).toMatch(/liver reference/);
    expect(error('liverOutside', 1).error).toMatch(/not entirely inside the image/);
    expect(error('liverInLesion', 1).error).toMatch(/coefficient of variation .* > 0\.30/);
  });
  it('exit 1: unreadable exclusion mask', () => {
    expect(error('missingMask', 1).error).toMatch(/unreadable exclusion mask/);
    expect(error('junkMask', 1).error).toMatch(/unreadable exclusion mask/);
  });
});
