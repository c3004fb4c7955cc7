import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';
import { wholeBodyPetPhantom } from '../../testing/wholeBodyPetPhantom';
import { DEFAULT_HYPOXIA_RATIO, measureHypoxia } from '../measureHypoxia';

describe('measureHypoxia: tumour-to-blood (FMISO) / tumour-to-muscle (FAZA) ratios and hypoxic volume', () => {
  // 2 × 2 × 1 voxels of 2 mm (8 mm³ = 0.008 mL each).
  const vol = makeVolume(makeGeometry([2, 2, 1], [2, 2, 2]), new Float32Array([1.0, 1.5, 2.5, 3.0]), 'SUVbw');
  it('hand-computed: blood mean 2, ratio 1.25 → threshold 2.5 inclusive: 2 of 4 voxels hypoxic', () => {
    const r = measureHypoxia(vol, [0, 1, 2, 3], { reference: 'blood', referenceMean: 2, ratioThreshold: 1.25 });
    expect(r.ok && r.value).toEqual({
      ratioMax: 1.5, ratioMean: 1, voxelCount: 4, volumeMl: expect.closeTo(0.032, 12), hypoxicVoxelCount: 2, hypoxicVolumeMl: expect.closeTo(0.016, 12), hypoxicFraction: 0.5,
      threshold: { ratio: 1.25, value: 2.5, unit: 'SUVbw' }, reference: { kind: 'blood', mean: 2, unit: 'SUVbw' },
    });
  });
  it('defaults: FMISO T/B ≥ 1.2, FAZA T/M ≥ 1.4; a mask ROI gives the same as its voxel list', () => {
    expect(DEFAULT_HYPOXIA_RATIO).toEqual({ blood: 1.2, muscle: 1.4 });
    // muscle 1.2 → threshold 1.68: 2.5 and 3.0 of the three ROI voxels 1.5, 2.5, 3.0.
    const m = measureHypoxia(vol, makeMask([2, 2, 1], [0, 1, 1, 1]), { reference: 'muscle', referenceMean: 1.2 });
    expect(m.ok && [m.value.hypoxicVoxelCount, m.value.voxelCount, m.value.threshold.value]).toEqual([2, 3, expect.closeTo(1.68, 12)]);
    expect(m.ok && m.value.ratioMean).toBeCloseTo(7 / 3 / 1.2, 6);
    const b = measureHypoxia(vol, [1, 2, 3], { reference: 'blood', referenceMean: 2 });
    expect(b.ok && [b.value.hypoxicVoxelCount, b.value.threshold.ratio]).toEqual([2, 1.2]);
  });
  it('errors: a missing reference mean, an empty ROI, an index off the grid', () => {
    expect(measureHypoxia(vol, [0], { reference: 'blood', referenceMean: Number.NaN })).toEqual({ ok: false, error: 'hypoxia needs the blood-pool reference mean (tumour-to-blood ratio): missing or not positive' });
    expect(measureHypoxia(vol, [], { reference: 'muscle', referenceMean: 1 })).toEqual({ ok: false, error: 'hypoxia ROI is empty' });
    expect(measureHypoxia(vol, [4], { reference: 'muscle', referenceMean: 1 }).ok).toBe(false);
  });
  it('on the whole-body phantom: L4 (2.8, r 12 mm) in its halo (1.3, r 24 mm), blood 1.3 → hypoxic = the core', () => {
    const ph = wholeBodyPetPhantom('FDG');
    const [ni, nj] = ph.geometry.dimensions;
    const within = (r: number) => {
      const out: number[] = [];
      for (let n = 0; n < ph.data.length; n++) {
        const x = -159 + 6 * (n % ni) - 20, y = -117 + 6 * (Math.floor(n / ni) % nj) + 50, z = -597 + 6 * Math.floor(n / (ni * nj)) + 560;
        if (x * x + y * y + z * z <= r * r) out.push(n);
      }
      return out;
    };
    const halo = within(24), core = within(12);
    const r = measureHypoxia(makeVolume(ph.geometry, ph.data, 'SUVbw'), halo, { reference: 'blood', referenceMean: 1.3 });
    expect(r.ok && r.value).toMatchObject({ voxelCount: halo.length, hypoxicVoxelCount: core.length, hypoxicVolumeMl: expect.closeTo(core.length * 0.216, 9), ratioMax: expect.closeTo(2.8 / 1.3, 6) });
    expect(r.ok && r.value.ratioMean).toBeCloseTo((2.8 * core.length + 1.3 * (halo.length - core.length)) / halo.length / 1.3, 6);
    // FAZA: muscle (body) 0.8 → threshold 1.12: the halo (1.3) is hypoxic too.
    const f = measureHypoxia(makeVolume(ph.geometry, ph.data, 'SUVbw'), halo, { reference: 'muscle', referenceMean: 0.8 });
    expect(f.ok && f.value.hypoxicFraction).toBe(1);
  });
});
