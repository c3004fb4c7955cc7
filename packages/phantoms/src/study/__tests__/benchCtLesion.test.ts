import { beforeAll, describe, expect, it } from 'vitest';
import { largeConfig, testConfig } from '../config';
import type { PhantomConfig } from '../config';
import type { PhantomSet } from '../generatePhantomSet';
import { generateInMemory } from './generateInMemory';
import { readSlice } from './readBack';

// The small noise-free grid through the same code path, with and without the benchmark lesion.
const base: PhantomConfig = { ...testConfig(7), timepoints: 1 };
let plain: { files: Map<string, Uint8Array>; set: PhantomSet };
let bench: { files: Map<string, Uint8Array>; set: PhantomSet };
beforeAll(async () => {
  plain = await generateInMemory(base);
  bench = await generateInMemory({ ...base, benchCtLesions: true });
});

describe('benchmark-only CT lesion L5', () => {
  it('is on in --large only', () => {
    expect(largeConfig().benchCtLesions).toBe(true);
    expect(testConfig().benchCtLesions).toBeUndefined();
    expect(plain.set.truths[0].lesions.map((l) => l.id)).not.toContain('L5');
  });

  it('has CT truth only: ≈ 50 mL analytic, its voxels are the 80 HU voxels of the CT', () => {
    const l5 = bench.set.truths[0].lesions.find((l) => l.id === 'L5')!;
    expect(l5.pet).toBeNull();
    expect(l5.mr).toBeNull();
    expect(l5.volumeAnalytic_mL).toBeCloseTo((4 / 3) * Math.PI * 26 * 22 * 21 / 1000, 9);
    expect(Math.abs(l5.ct.volumeVoxelised_mL / l5.volumeAnalytic_mL - 1)).toBeLessThan(0.1);
    const ct = bench.set.manifest.studies[0].series[0].instances.map((p) => readSlice(bench.files.get(p)!));
    let n = 0;
    for (const s of ct) for (const px of s.pixels) if (px * s.slope + s.intercept === 80) n++;
    expect(n).toBe(l5.ct.voxelCount);
    expect(l5.ct.trueHU).toBe(80);
  });

  it('leaves PET, MR and every other lesion truth unchanged; CT changes only on L5 slices', () => {
    const l5 = bench.set.truths[0].lesions.find((l) => l.id === 'L5')!;
    const [k0, k1] = [l5.ct.bboxIJK[0][2], l5.ct.bboxIJK[1][2]];
    const ctPaths = new Set(bench.set.manifest.studies[0].series[0].instances);
    let changed = 0;
    for (const [p, b] of bench.files) {
      if (!p.endsWith('.dcm')) continue;
      const same = Buffer.from(b).equals(Buffer.from(plain.files.get(p)!));
      if (!ctPaths.has(p)) expect(same, p).toBe(true);
      else if (!same) {
        const k = bench.set.manifest.studies[0].series[0].instances.indexOf(p);
        expect(k).toBeGreaterThanOrEqual(k0);
        expect(k).toBeLessThanOrEqual(k1);
        changed++;
      }
    }
    expect(changed).toBe(k1 - k0 + 1);
    const others = bench.set.truths[0].lesions.filter((l) => l.id !== 'L5');
    expect(others).toEqual(plain.set.truths[0].lesions);
  });
});
