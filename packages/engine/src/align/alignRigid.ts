import type { Geometry, PatientPoint, Result, Vec3, VoxelArray } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { CoarseVolume } from './coarseVolume';
import { downsampleVolume } from './downsampleVolume';
import { measureCentroid } from './measureCentroid';
import { measureNcc } from './measureNcc';
import { rotationFromAngles } from './rotationFromAngles';
import { searchPattern } from './searchPattern';
import { selectSamples } from './selectSamples';
import type { RigidTransform } from './rigidTransform';

/** A scalar volume as the alignment needs it (a `Volume` from @caliper/core fits). */
export interface AlignInput {
  readonly geometry: Geometry;
  readonly data: VoxelArray;
}

export interface AlignRigidOptions {
  /**
   * Also estimate rotation (three angles about the fixed body centre). Default false: translation
   * only, and the result keeps the rotation of `initial` (none by default).
   */
  readonly rotation?: boolean;
  /** Target grid spacings of the pyramid, coarse to fine, mm. Default [8, 4, 2]. */
  readonly levelsMm?: readonly number[];
  /** Body threshold in the volumes' unit. Default −500 (HU: soft tissue and bone, not air or lung). */
  readonly bodyThreshold?: number;
  /** Metric samples per level (about; see selectSamples). Default 20 000. */
  readonly maxSamples?: number;
  /**
   * Starting point: 'centre-of-mass' (body centroids brought together), 'identity' (the two
   * patient coordinate systems taken as they are), or 'auto' (both tried on the coarsest grid, the
   * better kept; default). Ignored when `initial` is given.
   */
  readonly start?: 'auto' | 'centre-of-mass' | 'identity';
  /** Start from this current → prior transform instead (e.g. a reader's landmark correction to refine). */
  readonly initial?: RigidTransform;
}

export interface AlignLevelReport {
  /** Grid spacing of the fixed level, mm. */
  readonly spacingMm: Vec3;
  readonly samples: number;
  readonly evaluations: number;
  /** NCC at the end of the level. */
  readonly ncc: number;
}

export interface AlignQuality {
  readonly metric: 'NCC';
  /** Final normalised cross-correlation on the finest level (dimensionless, −1…1). */
  readonly value: number;
  /** NCC of the starting transform on the same level and samples. */
  readonly initialValue: number;
  /** Optimiser sweeps over all parameters, summed over levels. */
  readonly iterations: number;
  /** Metric evaluations, summed over levels. */
  readonly evaluations: number;
  readonly start: 'centre-of-mass' | 'identity' | 'initial';
  readonly levels: readonly AlignLevelReport[];
  /** Human-readable description, for the reading's provenance. */
  readonly method: string;
}

export interface AlignRigidResult {
  /** Maps the moving (current) study's patient LPS mm to the fixed (prior) study's. */
  readonly transform: RigidTransform;
  readonly quality: AlignQuality;
}

interface Level {
  readonly targetMm: number;
  readonly fixed: CoarseVolume;
  readonly moving: CoarseVolume;
}

/**
 * Rigid alignment of two scalar volumes of the same modality (CT–CT between visits): returns the
 * transform from the moving (current) study's patient coordinates to the fixed (prior) study's.
 *
 * 1. Box-filtered pyramid of each volume (`levelsMm`, default 8 → 4 → 2 mm; integer block factors
 *    per axis, so a 0.7 mm grid becomes 2.1 / 4.2 / 8.4 mm).
 * 2. Start: centroids of the above-threshold body brought together, or identity ('auto' keeps
 *    whichever correlates better on the coarsest grid: whole-body scans truncated differently move the
 *    centroid without moving the patient).
 * 3. On each level, coarse to fine: compass search over translation (mm) and, with `rotation`,
 *    three angles about the fixed body centroid (radians, steps scaled by the body's RMS radius so a
 *    step moves the body surface by about one translation step), maximising NCC of fixed body
 *    samples against the trilinearly interpolated moving level; steps go from the level spacing
 *    (half of it after the coarsest level) down to 1/8 of it, then one parabolic refinement.
 *
 * Why NCC rather than Mattes mutual information: prior and current are the same modality with a
 * calibrated scale (HU), so their intensities are related linearly up to noise, kernel and contrast
 * timing; NCC is exactly invariant to a linear change, is smooth in the parameters on a coarse
 * grid, has no histogram-binning or Parzen-window parameters, and costs a handful of flops per
 * sample where Mattes MI scatters each sample into a joint histogram through a B-spline Parzen
 * window and then sums entropies over the bins. MI is the choice for different modalities
 * (CT ↔ MR, CT ↔ PET), which this prior/current comparison does not need.
 *
 * Both geometries may differ in origin, spacing and orientation (orthonormal direction cosines).
 * Errors (no body above the threshold, a volume too small) are returned, not thrown.
 */
export function alignRigid(fixed: AlignInput, moving: AlignInput, options: AlignRigidOptions = {}): Result<AlignRigidResult> {
  for (const [name, v] of [['fixed', fixed], ['moving', moving]] as const) {
    const [ni, nj, nk] = v.geometry.dimensions;
    if (ni < 2 || nj < 2 || nk < 2) return err(`${name} volume: needs at least 2 voxels along each axis`);
    if (v.data.length !== ni * nj * nk) return err(`${name} volume: ${v.data.length} voxels for a ${ni}×${nj}×${nk} grid`);
  }
  const levelsMm = [...(options.levelsMm ?? [8, 4, 2])].sort((a, b) => b - a);
  if (!levelsMm.length || levelsMm.some((x) => !(x > 0))) return err('levelsMm: needs positive spacings');
  const threshold = options.bodyThreshold ?? -500;
  const maxSamples = options.maxSamples ?? 20_000;
  const levels = buildLevels(fixed, moving, levelsMm);
  // Centroids on the coarsest grid: only a starting point and the rotation centre, and 64× cheaper than on the finest.
  const cf = measureCentroid(levels[0].fixed, threshold);
  if (!cf) return err(`fixed volume: no voxel above the body threshold ${threshold}`);
  const cm = measureCentroid(levels[0].moving, threshold);
  if (!cm) return err(`moving volume: no voxel above the body threshold ${threshold}`);
  const c = cf.centre;

  // The optimiser's model, fixed → moving (what resampling needs): p_m = R(a)·R0·(p_f − c) + c + t.
  const R0 = new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  const np = options.rotation ? 6 : 3;
  const x = new Float64Array(np);
  let start: AlignQuality['start'];
  if (options.initial) {
    // initial maps current → prior; its inverse S0(p) = Q·p + u gives R0 = Q, t = u + Q·c − c.
    const R = options.initial.rotation, d = options.initial.translationMm;
    for (let r = 0; r < 3; r++) for (let q = 0; q < 3; q++) R0[3 * r + q] = R[3 * q + r];
    for (let r = 0; r < 3; r++) {
      const u = -(R0[3 * r] * d[0] + R0[3 * r + 1] * d[1] + R0[3 * r + 2] * d[2]);
      x[r] = u + R0[3 * r] * c[0] + R0[3 * r + 1] * c[1] + R0[3 * r + 2] * c[2] - c[r];
    }
    start = 'initial';
  } else {
    start = options.start === 'identity' ? 'identity' : 'centre-of-mass';
    const com = [cm.centre[0] - c[0], cm.centre[1] - c[1], cm.centre[2] - c[2]];
    if (start === 'centre-of-mass') x.set(com);
    if (options.start === undefined || options.start === 'auto') {
      const coarse = levels[0];
      const s = selectSamples(coarse.fixed, { threshold, maxSamples, centre: c });
      const f = createObjective(s, coarse.moving, R0, c);
      const atCom = f(x);
      x.fill(0);
      if (f(x) > atCom) start = 'identity';
      else x.set(com);
    }
  }
  const x0 = Float64Array.from(x);

  const reports: AlignLevelReport[] = [];
  let iterations = 0, evaluations = 0, value = -1, initialValue = -1;
  for (const [q, level] of levels.entries()) {
    const samples = selectSamples(level.fixed, { threshold, maxSamples, centre: c });
    if (samples.count < 16) return err(`too few body samples (${samples.count}) on the ${level.targetMm} mm grid`);
    const f = createObjective(samples, level.moving, R0, c);
    // Steps from the level spacing (coarsest) or half of it (finer levels start near the answer of
    // the previous one, which ended at 1/8 of its spacing) down to 1/8 of the level spacing.
    const step = q === 0 ? level.targetMm : level.targetMm / 2, angle = step / Math.max(samples.radiusMm, step);
    const steps = [step, step, step, angle, angle, angle].slice(0, np);
    const r = searchPattern(f, x, { steps, minScale: q === 0 ? 1 / 8 : 1 / 4 });
    iterations += r.sweeps;
    evaluations += r.evaluations;
    reports.push({ spacingMm: level.fixed.geometry.spacing, samples: samples.count, evaluations: r.evaluations, ncc: r.value });
    if (q === levels.length - 1) {
      value = r.value;
      initialValue = f(x0);
    }
  }

  const M = composedRotation(x, R0);
  // S(p) = M·p + (c + t − M·c); transform = S⁻¹: rotation Mᵀ, translation −Mᵀ·(c + t − M·c).
  const u = [0, 1, 2].map((r) => c[r] + x[r] - (M[3 * r] * c[0] + M[3 * r + 1] * c[1] + M[3 * r + 2] * c[2]));
  const rotation = [M[0], M[3], M[6], M[1], M[4], M[7], M[2], M[5], M[8]];
  const translationMm = [0, 1, 2].map((r) => -(rotation[3 * r] * u[0] + rotation[3 * r + 1] * u[1] + rotation[3 * r + 2] * u[2])) as [number, number, number];
  const method =
    `box-filtered pyramid ${levels.map((l) => l.targetMm).join('→')} mm; start: ${start}; ` +
    `NCC of ~${maxSamples} body samples (> ${threshold}) vs trilinear moving; compass search, ` +
    (options.rotation ? 'translation + rotation (6 DOF)' : 'translation only (3 DOF)');
  return ok({
    transform: { rotation, translationMm },
    quality: { metric: 'NCC', value, initialValue, iterations, evaluations, start, levels: reports, method },
  });
}

/** Pyramid levels, coarse to fine; a level that would equal the next finer one on both volumes is dropped. */
function buildLevels(fixed: AlignInput, moving: AlignInput, levelsMm: readonly number[]): Level[] {
  const fine = levelsMm[levelsMm.length - 1];
  const down = (v: { geometry: Geometry; data: VoxelArray }, target: number): CoarseVolume => {
    const g = v.geometry;
    // Integer factor per axis, but keep ≥ 4 voxels along an axis where the source had them.
    const f = [0, 1, 2].map((d) => Math.max(1, Math.min(Math.round(target / g.spacing[d]), Math.floor(g.dimensions[d] / 4)))) as [number, number, number];
    if (f[0] === 1 && f[1] === 1 && f[2] === 1 && v.data instanceof Float32Array) return v as CoarseVolume;
    return downsampleVolume(v, f);
  };
  const out: Level[] = [{ targetMm: fine, fixed: down(fixed, fine), moving: down(moving, fine) }];
  for (let q = levelsMm.length - 2; q >= 0; q--) {
    const prev = out[0], t = levelsMm[q];
    const level = { targetMm: t, fixed: down(prev.fixed, t), moving: down(prev.moving, t) };
    if (level.fixed !== prev.fixed || level.moving !== prev.moving) out.unshift(level);
  }
  return out;
}

/** R(a)·R0 for the parameter vector (angles at 3..5; none when translation-only). */
function composedRotation(x: Float64Array, R0: Float64Array, out = new Float64Array(9), tmp = new Float64Array(9)): Float64Array {
  if (x.length < 6) {
    out.set(R0);
    return out;
  }
  rotationFromAngles(x[3], x[4], x[5], tmp);
  for (let r = 0; r < 3; r++) for (let q = 0; q < 3; q++) out[3 * r + q] = tmp[3 * r] * R0[q] + tmp[3 * r + 1] * R0[3 + q] + tmp[3 * r + 2] * R0[6 + q];
  return out;
}

/**
 * NCC as a function of the parameters on one level: builds the sample → moving-index map
 * index = Minv·(R·q + c + t − o) for sample offsets q, Minv = rows of direction/spacing. Its buffers
 * are allocated once here and reused by every evaluation.
 */
function createObjective(samples: ReturnType<typeof selectSamples>, moving: CoarseVolume, R0: Float64Array, c: PatientPoint): (x: Float64Array) => number {
  const g = moving.geometry;
  const dirs = [g.rowDirection, g.columnDirection, g.sliceDirection];
  const Minv = new Float64Array(9);
  for (let r = 0; r < 3; r++) for (let q = 0; q < 3; q++) Minv[3 * r + q] = dirs[r][q] / g.spacing[r];
  const R = new Float64Array(9), tmp = new Float64Array(9), map = new Float64Array(12);
  return (x) => {
    composedRotation(x, R0, R, tmp);
    const b0 = c[0] + x[0] - g.origin[0], b1 = c[1] + x[1] - g.origin[1], b2 = c[2] + x[2] - g.origin[2];
    for (let r = 0; r < 3; r++) {
      const m0 = Minv[3 * r], m1 = Minv[3 * r + 1], m2 = Minv[3 * r + 2];
      for (let q = 0; q < 3; q++) map[4 * r + q] = m0 * R[q] + m1 * R[3 + q] + m2 * R[6 + q];
      map[4 * r + 3] = m0 * b0 + m1 * b1 + m2 * b2;
    }
    return measureNcc(samples, moving, map);
  };
}
