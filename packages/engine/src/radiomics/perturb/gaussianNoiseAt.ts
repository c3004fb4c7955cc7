/** Wellons' lowbias32 integer hash (a bijection on 32-bit words with low bias). */
function hash32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * A standard normal deviate N(0, 1) that is a pure function of (seed, index): a counter-based
 * generator (two lowbias32 hashes of the seeded counter → uniforms in (0, 1] → Box–Muller,
 * z = √(−2 ln u₁) cos 2πu₂). Voxel q's noise is thus the same whatever order or subset of voxels is
 * perturbed, so results are reproducible across runs, machines and cropping. Integers only: seed
 * and index are taken modulo 2³².
 */
export function gaussianNoiseAt(seed: number, index: number): number {
  const s = hash32((seed >>> 0) ^ 0x9e3779b9);
  const c = (index * 2) >>> 0;
  const u1 = (hash32(s ^ hash32(c)) + 1) / 4294967296;
  const u2 = (hash32(s ^ hash32((c + 1) >>> 0)) + 1) / 4294967296;
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
