/**
 * Rigid alignment benchmark (`pnpm exec tsx packages/engine/bench/align.ts [--json] [--runs N]`):
 * two synthetic 512×512×300 int16 CTs (0.7×0.7×1 mm) of the same torso phantom, the current one
 * with another table position (origin 40 mm lower), independent noise and a known current → prior
 * transform; median of N (≥ 5) runs of alignRigid, with the same-run baseline of a full-resolution
 * centre of mass (the naive translation-only answer), and the error of each against the truth.
 */
import { cpus, loadavg } from 'node:os';
import { patientPoint } from '@caliper/core';
import type { Geometry, PatientPoint } from '@caliper/core';
import { alignRigid } from '../src/align/alignRigid';
import type { AlignRigidOptions } from '../src/align/alignRigid';
import { applyRigid } from '../src/align/applyRigid';
import { composeRigid } from '../src/align/composeRigid';
import { invertRigid } from '../src/align/invertRigid';
import { measureRotationDeg } from '../src/align/measureRotationDeg';
import { rotationFromAngles } from '../src/align/rotationFromAngles';
import type { RigidTransform } from '../src/align/rigidTransform';
import { renderEllipsoids } from '../src/align/testing/renderEllipsoids';
import { torsoShapes } from '../src/align/testing/torsoShapes';
import { makeGeometry } from '../src/testing/fixtures';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 7);
const log = (...m: unknown[]): void => {
  if (!json) console.error(...m);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Wall-clock and CPU (user + system) time per run after one warm-up run (`first`: that run, JIT included). */
function time<T>(f: () => T): { median: number; min: number; cpuMedian: number; first: number; value: T } {
  const w0 = performance.now();
  let value = f();
  const first = performance.now() - w0;
  const wall: number[] = [], cpu: number[] = [];
  for (let q = 0; q < runs; q++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(wall), min: Math.min(...wall), cpuMedian: median(cpu), first, value };
}

const dims = [512, 512, 300] as const, spacing = [0.7, 0.7, 1] as const;
const centre = [0, 0, 0] as const; // the torso's centre, prior patient LPS mm
const prior = makeGeometry(dims, spacing, [-178.85, -178.85, -150]);
const current = makeGeometry(dims, spacing, [-178.85, -178.85, -190]);
const shapes = torsoShapes(centre);

/** Current → prior truths: a pure shift, and a shift with 4° about z (table/patient yaw) and 2° about x. */
const shift: RigidTransform = { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [12.3, -7.8, 15.0] };
const turned: RigidTransform = { rotation: [...rotationFromAngles((2 * Math.PI) / 180, 0, (4 * Math.PI) / 180)], translationMm: [12.3, -7.8, 15.0] };

function render(g: Geometry, seed: number, transform?: RigidTransform): Int16Array {
  const data = new Int16Array(dims[0] * dims[1] * dims[2]);
  renderEllipsoids(g, shapes, data, { background: -1000, noise: 20, seed, ...(transform ? { transform } : {}) });
  return data;
}

/**
 * Error of an estimate against the truth, as the residual motion truth⁻¹ ∘ estimate: displacement
 * (mm) at the torso centre and the worst over the corners of a 320 × 220 × 300 mm box around it
 * (the body in the field of view), and the residual rotation (degrees).
 */
function error(estimate: RigidTransform, truth: RigidTransform): { centreMm: number; maxMm: number; rotationDeg: number } {
  const r = composeRigid(invertRigid(truth), estimate);
  const d = (p: PatientPoint) => {
    const q = applyRigid(r, p);
    return Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
  };
  let maxMm = 0;
  for (let c = 0; c < 8; c++) maxMm = Math.max(maxMm, d(patientPoint(c & 1 ? 160 : -160, c & 2 ? 110 : -110, c & 4 ? 150 : -150)));
  return { centreMm: d(patientPoint(...centre)), maxMm, rotationDeg: measureRotationDeg(r) };
}

/** Baseline: translation = difference of the full-resolution centres of mass of voxels > −500 HU. */
function centreOfMassShift(fixed: { geometry: Geometry; data: Int16Array }, moving: { geometry: Geometry; data: Int16Array }): RigidTransform {
  const com = (v: { geometry: Geometry; data: Int16Array }) => {
    const [ni, nj, nk] = v.geometry.dimensions, d = v.data;
    let n = 0, si = 0, sj = 0, sk = 0;
    // Per row: count and Σi; rows then weight j and k by their count (no per-voxel multiply).
    for (let k = 0, p = 0; k < nk; k++)
      for (let j = 0; j < nj; j++) {
        let c = 0, s = 0;
        for (let i = 0; i < ni; i++, p++)
          if (d[p] > -500) {
            c++;
            s += i;
          }
        n += c;
        si += s;
        sj += c * j;
        sk += c * k;
      }
    const g = v.geometry; // axis-aligned here
    return [si / n, sj / n, sk / n].map((x, a) => g.origin[a] + x * g.spacing[a]);
  };
  const f = com(fixed), m = com(moving);
  return { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [f[0] - m[0], f[1] - m[1], f[2] - m[2]] };
}

interface Row {
  task: string;
  medianMs: number;
  minMs: number;
  cpuMedianMs: number;
  firstMs: number;
  centreErrMm: number;
  maxErrMm: number;
  rotErrDeg: number;
  note: string;
}
const rows: Row[] = [];

log('synthesising prior and two current CTs 512×512×300 int16 …');
const t0 = performance.now();
const fixed = { geometry: prior, data: render(prior, 1) };
const movingShift = { geometry: current, data: render(current, 2, shift) };
const movingTurned = { geometry: current, data: render(current, 3, turned) };
log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const cases: [string, typeof movingShift, RigidTransform, AlignRigidOptions][] = [
  ['alignRigid, translation (3 DOF); truth: shift', movingShift, shift, {}],
  ['alignRigid, rotation on (6 DOF); truth: shift', movingShift, shift, { rotation: true }],
  ['alignRigid, rotation on (6 DOF); truth: shift + 4°z 2°x', movingTurned, turned, { rotation: true }],
];
for (const [task, moving, truth, options] of cases) {
  log(task, '…');
  const t = time(() => alignRigid(fixed, moving, options));
  if (!t.value.ok) throw new Error(t.value.error);
  const e = error(t.value.value.transform, truth);
  const q = t.value.value.quality;
  rows.push({ task, medianMs: t.median, minMs: t.min, cpuMedianMs: t.cpuMedian, firstMs: t.first, centreErrMm: e.centreMm, maxErrMm: e.maxMm, rotErrDeg: e.rotationDeg, note: `NCC ${q.initialValue.toFixed(3)}→${q.value.toFixed(3)}, ${q.evaluations} evaluations, start ${q.start}` });
}
for (const [task, moving, truth] of [
  ['baseline: full-resolution centre of mass; truth: shift', movingShift, shift],
  ['baseline: full-resolution centre of mass; truth: shift + 4°z 2°x', movingTurned, turned],
] as const) {
  log(task, '…');
  const t = time(() => centreOfMassShift(fixed, moving));
  const e = error(t.value, truth);
  rows.push({ task, medianMs: t.median, minMs: t.min, cpuMedianMs: t.cpuMedian, firstMs: t.first, centreErrMm: e.centreMm, maxErrMm: e.maxMm, rotErrDeg: e.rotationDeg, note: 'translation only, one pass over each volume' });
}

if (json) {
  process.stdout.write(JSON.stringify({ node: process.version, loadavg: loadavg(), cores: cpus().length, runs, rows }, null, 2) + '\n');
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`\nalign benchmark — node ${process.version}, 512×512×300 int16 CT pair, median of ${runs} runs; target ≤ 2000 ms`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(pad('task', 66) + pad('median ms', 11) + pad('min ms', 9) + pad('cpu ms', 9) + pad('1st ms', 8) + pad('err@c mm', 10) + pad('max mm', 8) + pad('rot °', 7) + 'note');
  for (const r of rows)
    console.log(pad(r.task, 66) + pad(r.medianMs.toFixed(0), 11) + pad(r.minMs.toFixed(0), 9) + pad(r.cpuMedianMs.toFixed(0), 9) + pad(r.firstMs.toFixed(0), 8) + pad(r.centreErrMm.toFixed(2), 10) + pad(r.maxErrMm.toFixed(2), 8) + pad(r.rotErrDeg.toFixed(2), 7) + r.note);
}
