import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../../testing/fixtures';
import { approximateEllipsoidArea } from '../approximateEllipsoidArea';
import { computeConvexHull3d } from '../computeConvexHull3d';
import { computeMorphologyFeatures } from '../computeMorphologyFeatures';
import { computePrincipalAxes } from '../computePrincipalAxes';
import { computeSpatialAutocorrelation } from '../computeSpatialAutocorrelation';

let seed = 3;
const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;

describe('convex hull', () => {
  it('of a cube with points on its faces and inside: volume 8, area 24', () => {
    const x: number[] = [], y: number[] = [], z: number[] = [];
    for (let a = -1; a <= 1; a += 0.5)
      for (let b = -1; b <= 1; b += 0.5)
        for (let c = -1; c <= 1; c += 0.5) {
          x.push(a);
          y.push(b);
          z.push(c);
        }
    const h = computeConvexHull3d({ x, y, z });
    expect(h.volume).toBeCloseTo(8, 12);
    expect(h.area).toBeCloseTo(24, 12);
  });
  it('of random points on a sphere approaches 4/3 π', () => {
    const x: number[] = [], y: number[] = [], z: number[] = [];
    for (let q = 0; q < 3000; q++) {
      const u = 2 * rnd() - 1, t = 2 * Math.PI * rnd(), r = Math.sqrt(1 - u * u);
      x.push(r * Math.cos(t));
      y.push(r * Math.sin(t));
      z.push(u);
    }
    const h = computeConvexHull3d({ x, y, z });
    expect(h.volume).toBeGreaterThan(0.99 * (4 / 3) * Math.PI);
    expect(h.volume).toBeLessThan((4 / 3) * Math.PI);
    expect(h.area).toBeLessThan(4 * Math.PI);
  });
  it('of coplanar points: no volume', () => {
    expect(computeConvexHull3d({ x: [0, 1, 0, 1], y: [0, 0, 1, 1], z: [0, 0, 0, 0] }).volume).toBe(0);
  });
});

describe('PCA and the approximate enclosing ellipsoid', () => {
  it('a 5 × 3 × 1 voxel block of 1 mm: sample variances (n−1) along the axes', () => {
    const m = makeMask([7, 5, 3], (i, j, k) => i >= 1 && i <= 5 && j >= 1 && j <= 3 && k === 1);
    const p = computePrincipalAxes(m, [1, 1, 1]);
    // x ∈ {−2…2} ×3 rows: Σx² = 3·10 = 30 over n − 1 = 14; y ∈ {−1, 0, 1} ×5: 10/14; z: 0
    expect(p.lambdas[0]).toBeCloseTo(30 / 14, 12);
    expect(p.lambdas[1]).toBeCloseTo(10 / 14, 12);
    expect(p.lambdas[2]).toBeCloseTo(0, 12);
    expect(p.centroid).toEqual([3, 2, 1]);
  });
  it('rotated point sets keep their eigenvalues', () => {
    const m = makeMask([12, 12, 3], (i, j, k) => k === 1 && Math.abs(i - j) <= 1 && i > 0 && i < 11);
    const [a, b] = computePrincipalAxes(m, [1, 1, 1]).lambdas;
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(0);
  });
  it("ellipsoid area: a sphere is 4πr²; a 3 × 2 × 1 ellipsoid gives IBSI's 21-term series", () => {
    expect(approximateEllipsoidArea(2, 2, 2)).toBeCloseTo(16 * Math.PI, 10);
    // 4πab Σ_{ν≤20} (αβ)^ν/(1 − 4ν²) P_ν(x) with scipy.special.eval_legendre
    expect(approximateEllipsoidArea(3, 2, 1)).toBeCloseTo(52.81348101202416, 10);
  });
});

describe("Moran's I and Geary's C", () => {
  const g = makeGeometry([14, 12, 9], [0.8, 0.9, 2.5]);
  const vol = makeVolume(g, Float64Array.from({ length: 14 * 12 * 9 }, (_, n) => Math.sin(n / 7) * 50 + rnd() * 30));
  const mask = makeMask([14, 12, 9], (i, j, k) => (i - 7) ** 2 / 30 + (j - 6) ** 2 / 20 + (k - 4) ** 2 / 12 < 1 && (i + j + k) % 7 !== 0);
  it('the FFT convolution gives the pairwise sums exactly', () => {
    const direct = computeSpatialAutocorrelation(vol, mask, { directMaxVoxels: Infinity });
    const fft = computeSpatialAutocorrelation(vol, mask, { directMaxVoxels: 0 });
    expect(fft.moranI).toBeCloseTo(direct.moranI, 12);
    expect(fft.gearyC).toBeCloseTo(direct.gearyC, 12);
  });
  it('an ROI beyond the FFT memory cap is subsampled on a sub-lattice, close to the exact value', () => {
    const exact = computeSpatialAutocorrelation(vol, mask, { directMaxVoxels: 0 });
    const sub = computeSpatialAutocorrelation(vol, mask, { directMaxVoxels: 0, maxFftPoints: 4000 });
    expect(exact.stride).toBe(1);
    expect(sub.stride).toBeGreaterThan(1);
    expect(Number.isFinite(sub.moranI)).toBe(true);
  });
  it('two voxels 1 mm apart, values 0 and 2: I = −1, C = 1', () => {
    const v = makeVolume(makeGeometry([2, 1, 1]), Float64Array.of(0, 2));
    const r = computeSpatialAutocorrelation(v, makeMask([2, 1, 1], () => true));
    expect(r.moranI).toBeCloseTo(-1, 12);
    // C = (N − 1)/(2W) · Σw(x₁ − x₂)²/Σd² = 1/4 · 8/2
    expect(r.gearyC).toBeCloseTo(1, 12);
  });
  it('a constant ROI is undefined', () => {
    const v = makeVolume(makeGeometry([2, 1, 1]), Float64Array.of(3, 3));
    expect(computeSpatialAutocorrelation(v, makeMask([2, 1, 1], () => true)).moranI).toBeNaN();
  });
});

describe('morphological features', () => {
  it('a 2 × 2 × 2 mm cube of 8 voxels', () => {
    const g = makeGeometry([4, 4, 4], [1, 1, 1]);
    const m = makeMask([4, 4, 4], (i, j, k) => i >= 1 && i <= 2 && j >= 1 && j <= 2 && k >= 1 && k <= 2);
    const f = computeMorphologyFeatures(makeVolume(g, new Float64Array(64).fill(2)), m, m);
    expect(f.YEKZ).toBe(8);
    // PCA: each coordinate ∈ {1, 2} four times each → variance 0.25·8/7 = 2/7; axis 4√λ
    expect(f.TDIC).toBeCloseTo(4 * Math.sqrt(2 / 7), 12);
    expect(f.Q3CK).toBeCloseTo(1, 12);
    // mesh vertices span 2 mm per axis: the bounding box is the 2 mm cube
    expect(f.PBX1).toBeCloseTo((f.RNU0 as number) / 8, 12);
    expect(f['99N0']).toBeCloseTo(2 * (f.RNU0 as number), 12);
    expect(f.KLMA).toBeCloseTo(0, 12);
    expect(f.N365).toBeNull();
  });
});
