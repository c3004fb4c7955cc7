import { describe, expect, it } from 'vitest';
import { grid, volumeOf } from '../../../measure/worker/__tests__/fixtures';
import { croppedMaskVoxels, measureLesionsHypoxia, measurePetReferences } from '../referenceOps';
import { voxelsToCroppedMask } from '../voxelsToCroppedMask';

// 2 mm voxels, origin 0: voxel (i, j, k) is centred at (2i, 2j, 2k) mm. SUVbw 2 everywhere except a
// hot corner block (SUV 6) for the hypoxia lesion.
const g = grid([40, 40, 40], [2, 2, 2]);
const hot = (i: number, j: number, k: number) => i < 3 && j < 3 && k < 3;
const pet = volumeOf(g, (i, j, k) => (hot(i, j, k) ? 6 : i >= 20 ? 3 : 2), 'SUVbw');

describe('measurePetReferences', () => {
  it('liver 30 mm sphere in uniform SUV 2: mean 2, SD 0, max 2; a spleen sphere in the SUV 3 half gives 3', () => {
    const r = measurePetReferences(pet, { liver: [20, 40, 40], spleen: [60, 40, 40] });
    if (!r.liver?.ok || !r.spleen?.ok) throw new Error('not measured');
    expect(r.liver.value.mean).toBe(2);
    expect(r.liver.value.sd).toBe(0);
    expect(r.liver.value.max).toBe(2);
    expect(r.liver.value.diameterMm).toBe(30);
    // Voxel centres within 15 mm of a voxel centre on a 2 mm lattice: |(a,b,c)| ≤ 7.5 in voxel units.
    let n = 0;
    for (let a = -7; a <= 7; a++) for (let b = -7; b <= 7; b++) for (let c = -7; c <= 7; c++) if (a * a + b * b + c * c <= 56.25) n++;
    expect(r.liver.value.voxelCount).toBe(n);
    expect(r.spleen.value.mean).toBe(3);
    expect(r.spleen.value.diameterMm).toBe(20);
  });

  it('blood pool is the PERCIST cylinder (no max); a sphere leaving the image is refused with the reason', () => {
    const r = measurePetReferences(pet, { blood: [20, 20, 20], parotid: [2, 40, 40] });
    if (!r.blood?.ok) throw new Error('blood not measured');
    expect(r.blood.value.mean).toBe(2);
    expect(r.blood.value.max).toBeNull();
    expect(r.parotid?.ok).toBe(false);
    if (r.parotid && !r.parotid.ok) expect(r.parotid.error).toMatch(/not entirely inside the image/);
  });

  it('a liver sphere straddling SUV 2 | 6 is refused as not homogeneous (CV > 0.30)', () => {
    const v = volumeOf(g, (i) => (i >= 20 ? 6 : 2), 'SUVbw');
    const r = measurePetReferences(v, { liver: [39, 40, 40] });
    expect(r.liver?.ok).toBe(false);
  });
});

describe('measureLesionsHypoxia', () => {
  it('FMISO: the 27-voxel hot block at SUV 6 over blood 2 → T/Bmax 3, all voxels hypoxic at 1.2', () => {
    const voxels: number[] = [];
    for (let k = 0; k < 3; k++) for (let j = 0; j < 3; j++) for (let i = 0; i < 3; i++) voxels.push((k * 40 + j) * 40 + i);
    const mask = voxelsToCroppedMask([40, 40, 40], voxels);
    expect([...croppedMaskVoxels(mask)]).toEqual(voxels);
    const [r] = measureLesionsHypoxia(pet, [{ id: 7, mask }], { reference: 'blood', referenceMean: 2, ratioThreshold: 1.2 });
    if (!r.ok) throw new Error(r.error);
    expect(r.id).toBe(7);
    expect(r.value.ratioMax).toBe(3);
    expect(r.value.hypoxicVoxelCount).toBe(27);
    expect(r.value.hypoxicVolumeMl).toBeCloseTo(27 * 0.008, 12);
    const [high] = measureLesionsHypoxia(pet, [{ id: 7, mask }], { reference: 'blood', referenceMean: 2, ratioThreshold: 3.5 });
    if (!high.ok) throw new Error(high.error);
    expect(high.value.hypoxicVoxelCount).toBe(0);
  });
});
