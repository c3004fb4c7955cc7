import type { PatientPoint, Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { coarsenVolume } from './coarsenVolume';
import type { CoarseVolume } from './coarsenVolume';
import { findDeepestPoints } from './findDeepestPoints';
import type { FindDeepestPointsOptions, VoxelBox } from './findDeepestPoints';
import { gridAffine } from './gridAffine';
import { labelUptakeRegions } from './labelUptakeRegions';
import type { UptakeRegion } from './labelUptakeRegions';
import { makeHuSampler } from './makeHuSampler';
import { boxOfPatientRange } from './boxOfPatientRange';
import type { PatientRange } from './boxOfPatientRange';
import { measureSoftTissueFrame } from './measureSoftTissueFrame';
import type { SoftTissueFrame } from './measureSoftTissueFrame';
import { measureSphereReference, REFERENCE_SPHERE_DIAMETER_MM } from './measureSphereReference';
import type { SphereReferenceRegion } from './measureSphereReference';

/** A proposed reference position (patient LPS mm), or null with the reason none was found. */
export interface ReferenceCenterProposal {
  readonly centerMm: PatientPoint | null;
  /** Why here (the rule and the numbers), or why nothing. */
  readonly reason: string;
}

export interface ReferenceCenterProposals {
  /** Centre of the 3 cm liver sphere (right lobe). */
  readonly liver: ReferenceCenterProposal;
  /** Centre of the PERCIST 1 × 2 cm blood-pool cylinder (descending aorta / mediastinal blood). */
  readonly bloodPool: ReferenceCenterProposal;
  /** Centre of a sphere in a parotid gland (the right one; the left when the right fails). */
  readonly parotid: ReferenceCenterProposal;
  readonly spleen: ReferenceCenterProposal;
  /** Centre of a sphere in posterior trunk muscle (paraspinal / psoas region). */
  readonly muscle: ReferenceCenterProposal;
  /** The soft-tissue level the rules are relative to, SUVbw (null without a body). */
  readonly backgroundSuv: number | null;
}

export interface ProposeReferenceCentersOptions {
  /** CT in HU, same frame of reference, any grid: each region must also have its tissue's HU. */
  readonly ct?: Volume | null;
  /** A PSMA tracer (liver ≈ 5–10 × soft tissue instead of 2–4 ×). */
  readonly psma?: boolean;
  /** Sphere diameters, mm; default REFERENCE_SPHERE_DIAMETER_MM. */
  readonly diametersMm?: Partial<Record<SphereReferenceRegion, number>>;
}

const f2 = (x: number) => x.toFixed(2);
const mm = (p: readonly number[]) => `[${p.map((x) => x.toFixed(1)).join(', ')}] mm`;
const none = (reason: string): ReferenceCenterProposal => ({ centerMm: null, reason });
const ATTEMPTS = 4;

/** HU ranges (inclusive) a region's voxels must have when a CT is given. */
const HU = { liver: [-10, 160], spleen: [-10, 160], parotid: [-150, 120], blood: [-20, 200], muscle: [10, 100] } as const;

/**
 * Caliper's proposed positions of the reference regions on a whole-body PET in SUVbw, for the
 * reader to accept or move (issue 14); position rules relative to the body's midline and its
 * soft-tissue level b (measureSoftTissueFrame), not anatomy — see docs/burden.md for the rules and
 * their limits. The PET is read once into ≈ 8 mm cells to find the organs' uptake regions; each
 * position is then the deepest point of its homogeneous region on the full grid (findDeepestPoints),
 * and is checked with the measurement the reader will make (sphere entirely in the image with CV ≤
 * 0.30; PERCIST cylinder). With a CT the region's voxels must also have the organ's HU (nearest CT
 * voxel). Pure and allocation-light: no output besides the result.
 */
export function proposeReferenceCenters(volume: Volume, options: ProposeReferenceCentersOptions = {}): ReferenceCenterProposals {
  const all = (reason: string): ReferenceCenterProposals => ({ liver: none(reason), bloodPool: none(reason), parotid: none(reason), spleen: none(reason), muscle: none(reason), backgroundSuv: null });
  if (volume.unit !== 'SUVbw') return all(`the PET is in ${volume.unit}, not SUVbw`);
  const coarse = coarsenVolume(volume, 8);
  const frame = measureSoftTissueFrame(coarse);
  if (!frame) return all('no body in the image (no value of 0.2–3 SUVbw)');
  const ct = options.ct ?? null;
  const ctx: Ctx = {
    volume, coarse, frame, psma: options.psma ?? false,
    hu: ct ? makeHuSampler(ct, volume.geometry) : null,
    huCoarse: ct ? makeHuSampler(ct, coarse.geometry) : null,
    fine: gridAffine(volume.geometry),
    d: { ...REFERENCE_SPHERE_DIAMETER_MM, ...options.diametersMm },
  };
  const liver = proposeLiver(ctx);
  return {
    liver: liver.proposal,
    bloodPool: proposeBloodPool(ctx, liver),
    parotid: proposeParotid(ctx),
    spleen: proposeSpleen(ctx, liver),
    muscle: proposeMuscle(ctx, liver),
    backgroundSuv: frame.backgroundSuv,
  };
}

interface Ctx {
  readonly volume: Volume;
  readonly coarse: CoarseVolume;
  readonly frame: SoftTissueFrame;
  readonly psma: boolean;
  readonly hu: ((i: number, j: number, k: number) => number) | null;
  readonly huCoarse: ((i: number, j: number, k: number) => number) | null;
  readonly fine: ReturnType<typeof gridAffine>;
  readonly d: Record<SphereReferenceRegion, number>;
}

interface LiverFound {
  readonly proposal: ReferenceCenterProposal;
  /** The liver's uptake region (coarse), its head–foot extent on the right, and the sphere mean. */
  readonly region: UptakeRegion | null;
  readonly zRangeMm: readonly [number, number] | null;
  readonly mean: number | null;
  readonly centerZMm: number | null;
}

const inRange = (x: number, r: readonly [number, number]) => x >= r[0] && x <= r[1];
const xyz = (ctx: Ctx, i: number, j: number, k: number, d: 0 | 1 | 2) => ctx.fine.o[d] + i * ctx.fine.a[d] + j * ctx.fine.b[d] + k * ctx.fine.c[d];
const huOk = (ctx: Ctx, i: number, j: number, k: number, r: readonly [number, number]) => !ctx.hu || inRange(ctx.hu(i, j, k), r);

/** The fine-grid box of a coarse region's box, padded by `pad` voxels. */
function fineBox(ctx: Ctx, box: VoxelBox, pad: number): VoxelBox {
  const f = ctx.coarse.factors, dims = ctx.volume.geometry.dimensions;
  const lo = [0, 1, 2].map((a) => Math.max(0, box[0][a] * f[a] - pad)) as [number, number, number];
  const hi = [0, 1, 2].map((a) => Math.min(dims[a] - 1, (box[1][a] + 1) * f[a] - 1 + pad)) as [number, number, number];
  return [lo, hi];
}

/** Deepest points of a region, each checked with the reader's sphere; the first that passes. */
function placeSphere(ctx: Ctx, organ: SphereReferenceRegion, search: Omit<FindDeepestPointsOptions, 'minDepthMm' | 'count' | 'separationMm'>, describe: (depthMm: number) => string): ReferenceCenterProposal {
  const d = ctx.d[organ];
  const found = findDeepestPoints(search.smooth === false ? ctx.coarse : ctx.volume, { ...search, minDepthMm: d / 2 + (search.smooth === false ? halfDiagonal(ctx) : 0), count: ATTEMPTS, separationMm: d });
  if (found.points.length === 0) return none(`no point of the ${organ} region (${found.regionVoxels} voxels) is more than ${d / 2} mm inside it (deepest ${found.maxDepthMm.toFixed(1)} mm): a ${d} mm sphere does not fit`);
  let last = '';
  for (const p of found.points) {
    const g = search.smooth === false ? ctx.coarse.geometry : ctx.volume.geometry;
    const c = voxelToPatient(g, voxelIndex(p.ijk[0], p.ijk[1], p.ijk[2]));
    const r = measureSphereReference(ctx.volume, c, { diameterMm: d, maxCv: 0.3, label: `${organ} sphere`, tissue: organ });
    if (r.ok) return { centerMm: c, reason: `${describe(p.depthMm)}; ${d} mm sphere at ${mm(c)}: SUVbw mean ${f2(r.value.mean)}, SD ${f2(r.value.sd)}, CV ${r.value.cv.toFixed(3)}` };
    last = r.error;
  }
  return none(`${organ}: none of the ${found.points.length} deepest points passed (${last})`);
}

/** The voxel box of the body (x, y extents of the frame) further limited by `range` (intersected per axis). */
function bodyBox(volume: Volume, fr: SoftTissueFrame, range: PatientRange = {}): VoxelBox {
  const cut = (a: readonly [number, number], r?: readonly [number, number]): [number, number] => (r ? [Math.max(a[0], r[0]), Math.min(a[1], r[1])] : [a[0], a[1]]);
  return boxOfPatientRange(volume.geometry, { x: cut(fr.xRangeMm, range.x), y: cut(fr.yRangeMm, range.y), z: cut([fr.bottomZMm, fr.topZMm], range.z) });
}

const halfDiagonal = (ctx: Ctx) => Math.hypot(...ctx.coarse.geometry.spacing) / 2;

function proposeLiver(ctx: Ctx): LiverFound {
  const b = ctx.frame.backgroundSuv, up = ctx.psma ? 12 : 5;
  const miss = (reason: string, region: UptakeRegion | null = null, zRangeMm: readonly [number, number] | null = null): LiverFound => ({ proposal: none(reason), region, zRangeMm, mean: null, centerZMm: null });
  const regions = labelUptakeRegions(ctx.coarse, (v) => v >= 1.5 * b && v <= up * b, 200, bodyBox(ctx.coarse, ctx.frame));
  const region = regions.find((r) => r.centroidMm[0] < ctx.frame.midXMm - 10);
  if (!region) return miss(`no right-sided uptake region of ≥ 200 mL at ${f2(1.5 * b)}–${f2(up * b)} SUVbw (1.5–${up} × the soft-tissue level ${f2(b)})`);
  const zRange = rightZRange(ctx, region);
  const m = region.median;
  const proposal = placeSphere(
    ctx,
    'liver',
    { box: fineBox(ctx, region.box, 1), accept: (v, i, j, k, raw) => v >= 0.75 * m && v <= 1.25 * m && raw >= 0.6 * m && raw <= 1.5 * m && xyz(ctx, i, j, k, 0) < ctx.frame.midXMm && huOk(ctx, i, j, k, HU.liver) },
    (depth) => `right liver lobe: the deepest point (${depth.toFixed(1)} mm inside) of the largest right-sided uptake region (${region.volumeMl.toFixed(0)} mL, median ${f2(m)} SUVbw = ${f2(m / b)} × soft tissue ${f2(b)}), voxels within ±25 % of it${ctx.hu ? ` and ${HU.liver[0]}…${HU.liver[1]} HU` : ''}`,
  );
  if (!proposal.centerMm) return miss(proposal.reason, region, zRange);
  const r = measureSphereReference(ctx.volume, proposal.centerMm, { diameterMm: ctx.d.liver });
  return { proposal, region, zRangeMm: zRange, mean: r.ok ? r.value.mean : null, centerZMm: proposal.centerMm[2] };
}

/** Head–foot extent of a coarse region's cells right of the midline (the liver without a vessel it touches). */
function rightZRange(ctx: Ctx, region: UptakeRegion): readonly [number, number] {
  const { o, a, b, c } = gridAffine(ctx.coarse.geometry);
  const [ni, nj] = ctx.coarse.geometry.dimensions;
  let lo = Infinity, hi = -Infinity;
  for (const p of region.voxels) {
    const k = Math.floor(p / (ni * nj)), j = Math.floor((p - k * ni * nj) / ni), i = p - k * ni * nj - j * ni;
    if (o[0] + i * a[0] + j * b[0] + k * c[0] >= ctx.frame.midXMm - 10) continue;
    const z = o[2] + i * a[2] + j * b[2] + k * c[2];
    if (z < lo) lo = z;
    if (z > hi) hi = z;
  }
  return [lo, hi];
}

function proposeSpleen(ctx: Ctx, liver: LiverFound): ReferenceCenterProposal {
  if (!liver.zRangeMm) return none('the spleen is looked for level with the liver, and no liver region was found');
  const b = ctx.frame.backgroundSuv, up = ctx.psma ? 12 : 5, [z0, z1] = liver.zRangeMm;
  const regions = labelUptakeRegions(ctx.coarse, (v, x) => v >= 1.4 * b && v <= up * b && x > ctx.frame.midXMm + 30, 30, bodyBox(ctx.coarse, ctx.frame, { x: [ctx.frame.midXMm + 30, Infinity], z: [z0 - 150, z1 + 150] }));
  const region = regions.find((r) => r.volumeMl <= 1500 && r.centroidMm[2] >= z0 - 30 && r.centroidMm[2] <= z1 + 30);
  if (!region) return none(`no left-sided uptake region of 30–1500 mL at ${f2(1.4 * b)}–${f2(up * b)} SUVbw ≥ 30 mm left of the midline with its centre level with the liver (z ${z0.toFixed(0)}…${z1.toFixed(0)} mm ± 30)`);
  const m = region.median;
  return placeSphere(
    ctx,
    'spleen',
    { box: fineBox(ctx, region.box, 1), accept: (v, i, j, k, raw) => v >= 0.75 * m && v <= 1.25 * m && raw >= 0.6 * m && raw <= 1.5 * m && xyz(ctx, i, j, k, 0) > ctx.frame.midXMm + 20 && huOk(ctx, i, j, k, HU.spleen) },
    (depth) => `spleen: the deepest point (${depth.toFixed(1)} mm inside) of the largest left-sided uptake region level with the liver (${region.volumeMl.toFixed(0)} mL, median ${f2(m)} SUVbw)${ctx.hu ? `, ${HU.spleen[0]}…${HU.spleen[1]} HU` : ''}`,
  );
}

function proposeParotid(ctx: Ctx): ReferenceCenterProposal {
  const b = ctx.frame.backgroundSuv, fr = ctx.frame, off = (r: UptakeRegion) => r.centroidMm[0] - fr.midXMm;
  const regions = labelUptakeRegions(ctx.coarse, (v, _x, _y, z) => v >= 1.5 * b && z >= fr.topZMm - 200, 0.3, bodyBox(ctx.coarse, fr, { z: [fr.topZMm - 200, Infinity] })).filter((r) => r.volumeMl <= 80 && Math.abs(off(r)) >= 15);
  let pair: [UptakeRegion, UptakeRegion] | null = null;
  for (const r of regions)
    for (const l of regions) {
      if (!(off(r) < 0 && off(l) > 0)) continue;
      if (Math.abs(r.centroidMm[2] - l.centroidMm[2]) > 25 || Math.abs(-off(r) - off(l)) > 25 || Math.max(r.volumeMl, l.volumeMl) > 4 * Math.min(r.volumeMl, l.volumeMl)) continue;
      if (!pair || r.centroidMm[2] + l.centroidMm[2] > pair[0].centroidMm[2] + pair[1].centroidMm[2]) pair = [r, l];
    }
  if (!pair) return none(`no mirrored pair of uptake regions (0.3–80 mL, ≥ ${f2(1.5 * b)} SUVbw, ≥ 15 mm off the midline) within 200 mm of the top of the body${fr.topAtImageEdge ? '; the body reaches the top of the image: the head may be outside the field of view' : ''}`);
  let last: ReferenceCenterProposal | null = null;
  for (const [gland, side] of [[pair[0], 'right'], [pair[1], 'left']] as const) {
    const m = gland.median;
    const p = placeSphere(
      ctx,
      'parotid',
      { box: fineBox(ctx, gland.box, 2), accept: (v, i, j, k, raw) => v >= 0.75 * m && v <= 1.25 * m && raw >= 0.6 * m && raw <= 1.5 * m && Math.sign(xyz(ctx, i, j, k, 0) - fr.midXMm) === (side === 'right' ? -1 : 1) && huOk(ctx, i, j, k, HU.parotid) },
      (depth) => `${side} parotid: the deepest point (${depth.toFixed(1)} mm inside) of the most cranial mirrored pair of uptake regions (${pair[0].volumeMl.toFixed(1)} and ${pair[1].volumeMl.toFixed(1)} mL, median ${f2(m)} SUVbw)`,
    );
    if (p.centerMm) return p;
    last = p;
  }
  return last!;
}

function proposeBloodPool(ctx: Ctx, liver: LiverFound): ReferenceCenterProposal {
  const b = ctx.frame.backgroundSuv, fr = ctx.frame, g = ctx.volume.geometry;
  const hi = Math.min(liver.mean !== null ? 0.92 * liver.mean : Infinity, 3 * b), lo = 1.3 * b;
  const zr: [number, number] = liver.centerZMm !== null ? [liver.centerZMm - 30, liver.centerZMm + 200] : [fr.bottomZMm, fr.topZMm - 150];
  const vertical = [g.rowDirection[2], g.columnDirection[2], g.sliceDirection[2]].map(Math.abs);
  const axis = vertical.indexOf(Math.max(...vertical)) as 0 | 1 | 2;
  const found = findDeepestPoints(ctx.volume, {
    box: bodyBox(ctx.volume, fr, { x: [fr.midXMm - 60, fr.midXMm + 60], z: zr }),
    accept: (v, i, j, k, raw) => v >= lo && v <= hi && raw >= 0.8 * lo && raw <= 1.25 * hi && Math.abs(xyz(ctx, i, j, k, 0) - fr.midXMm) <= 60 && inRange(xyz(ctx, i, j, k, 2), zr) && huOk(ctx, i, j, k, HU.blood),
    cylinder: { axis, halfLengthMm: 10 },
    minDepthMm: 5,
    count: ATTEMPTS,
    separationMm: 20,
  });
  const where = `${f2(lo)}–${f2(hi)} SUVbw (1.3 × soft tissue … ${liver.mean !== null ? 'min(0.92 × liver, 3 × soft tissue)' : '3 × soft tissue'}) within 60 mm of the midline, z ${zr[0].toFixed(0)}…${zr[1].toFixed(0)} mm${liver.centerZMm !== null ? ' (30 mm below to 200 mm above the liver sphere)' : ''}${ctx.hu ? `, ${HU.blood[0]}…${HU.blood[1]} HU` : ''}`;
  if (!found.points.length) return none(`no blood-like region (${where}) holds a 1 cm wide, 2 cm tall cylinder (largest clearance ${found.maxDepthMm.toFixed(1)} mm, 5 needed)`);
  // The cylinder's own mean must be blood-like too (the smoothing can make a thin band at an organ's edge look so).
  const p = found.points.find((q) => inRange(cylinderMean(ctx, q.ijk), [lo, hi]));
  if (!p) return none(`none of the ${found.points.length} most central points of the blood-like region (${where}) has a PERCIST cylinder mean in ${f2(lo)}–${f2(hi)} SUVbw`);
  const c = voxelToPatient(g, voxelIndex(p.ijk[0], p.ijk[1], p.ijk[2]));
  const mean = cylinderMean(ctx, p.ijk);
  return { centerMm: c, reason: `descending aorta / mediastinal blood pool: the most central point (${p.depthMm.toFixed(1)} mm clearance over ± 10 mm) of blood-like uptake, ${where}; PERCIST cylinder at ${mm(c)}: SUVbw mean ${f2(mean)}${ctx.hu ? '' : '; PET only: check it is the aorta and not the spine (vertebral marrow has blood-like uptake; a CT tells them apart)'}` };
}

/**
 * Mean of the PERCIST blood-pool cylinder (in-plane ≤ 5 mm, |dz| ≤ 10 mm: cylinderToMask's rule)
 * around a voxel, visiting only the voxels within its 11.2 mm bounding sphere (measureBloodPool
 * scans the whole grid, too slow to call here).
 */
function cylinderMean(ctx: Ctx, [ci, cj, ck]: readonly [number, number, number]): number {
  const g = ctx.volume.geometry, { a, b, c } = ctx.fine, [ni, nj, nk] = g.dimensions;
  const ext = g.spacing.map((s) => Math.ceil(Math.hypot(5, 10) / s));
  let sum = 0, n = 0;
  for (let k = Math.max(0, ck - ext[2]); k <= Math.min(nk - 1, ck + ext[2]); k++)
    for (let j = Math.max(0, cj - ext[1]); j <= Math.min(nj - 1, cj + ext[1]); j++)
      for (let i = Math.max(0, ci - ext[0]); i <= Math.min(ni - 1, ci + ext[0]); i++) {
        const di = i - ci, dj = j - cj, dk = k - ck;
        const x = di * a[0] + dj * b[0] + dk * c[0], y = di * a[1] + dj * b[1] + dk * c[1], z = di * a[2] + dj * b[2] + dk * c[2];
        if (x * x + y * y <= 25 * (1 + 1e-12) && Math.abs(z) <= 10 * (1 + 1e-12)) {
          sum += ctx.volume.data[(k * nj + j) * ni + i];
          n++;
        }
      }
  return sum / n;
}

function proposeMuscle(ctx: Ctx, liver: LiverFound): ReferenceCenterProposal {
  const b = ctx.frame.backgroundSuv, fr = ctx.frame;
  const zTop = liver.centerZMm ?? (fr.topZMm + fr.bottomZMm) / 2;
  const { o, a, b: bb, c } = gridAffine(ctx.coarse.geometry);
  const at = (i: number, j: number, k: number, d: 0 | 1 | 2) => o[d] + i * a[d] + j * bb[d] + k * c[d];
  return placeSphere(
    ctx,
    'muscle',
    {
      box: bodyBox(ctx.coarse, fr, { y: [fr.midYMm + 10, Infinity], z: [-Infinity, zTop] }),
      smooth: false,
      accept: (v, i, j, k) =>
        v >= 0.6 * b && v <= 1.4 * b && at(i, j, k, 1) > fr.midYMm + 10 && Math.abs(at(i, j, k, 0) - fr.midXMm) >= 30 && at(i, j, k, 2) <= zTop && (!ctx.huCoarse || inRange(ctx.huCoarse(i, j, k), HU.muscle)),
    },
    (depth) => `posterior trunk muscle: the deepest point (${depth.toFixed(1)} mm inside, on ${ctx.coarse.geometry.spacing.map((s) => s.toFixed(0)).join(' × ')} mm cells) of soft-tissue uptake (${f2(0.6 * b)}–${f2(1.4 * b)} SUVbw = 0.6–1.4 × ${f2(b)}) behind the body's front–back middle, ≥ 30 mm off the midline, below ${liver.centerZMm !== null ? 'the liver sphere' : 'the middle of the body'}${ctx.huCoarse ? `, ${HU.muscle[0]}…${HU.muscle[1]} HU` : ''}`,
  );
}
