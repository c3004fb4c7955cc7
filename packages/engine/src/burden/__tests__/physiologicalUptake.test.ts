import { describe, expect, it } from 'vitest';
import { makeGeometry, makeVolume } from '../../testing/fixtures';
import { wholeBodyPetPhantom } from '../../testing/wholeBodyPetPhantom';
import type { ComponentFeatures } from '../describeComponents';
import { detectPhysiologicalUptake } from '../detectPhysiologicalUptake';
import type { BodyFrame } from '../measureBodyFrame';
import { measureBodyFrame } from '../measureBodyFrame';
import { pickPhysiologicalOrgans } from '../pickPhysiologicalOrgans';
import { computeBurden } from '../computeBurden';

const frame: BodyFrame = { midXMm: 0, midYMm: 0, topZMm: 0, bottomZMm: -1000, voxelCount: 1 };
let next = 0;
const comp = (x: number, y: number, z: number, volumeMl: number, meanSuv = 10, halfHeight = 20): ComponentFeatures => ({
  index: next++, voxelCount: Math.round(volumeMl * 10), volumeMl, centroidMm: [x, y, z], topZMm: z + halfHeight, bottomZMm: z - halfHeight, meanSuv, maxSuv: meanSuv, totalUptake: meanSuv * volumeMl,
});
const names = (p: ReturnType<typeof pickPhysiologicalOrgans>) => p.map((o) => `${o.organ}:${o.components.join(',')}`);

describe('pickPhysiologicalOrgans: position rules (hand-made components)', () => {
  it('brain = most cranial large midline component reaching the top; kidneys = most symmetric posterior pair; bladder = caudal midline', () => {
    next = 0;
    const fs = [
      comp(0, 0, -80, 1200, 7, 60), // 0 brain
      comp(5, -10, -300, 40), // 1 midline mediastinal lesion: not the brain (top far from the body top)
      comp(-70, 40, -420, 150), // 2 right kidney
      comp(72, 45, -410, 160), // 3 left kidney
      comp(95, 35, -340, 180), // 4 spleen-like: pairs worse with 2 (dz 80, offsets 25 apart)
      comp(0, -20, -560, 120, 25), // 5 bladder
      comp(10, -40, -620, 10, 3), // 6 small midline uptake below the bladder (testis-like): < 25 % of the bladder's uptake
    ];
    expect(names(pickPhysiologicalOrgans(fs, frame, { psma: false }))).toEqual(['Brain:0', 'Right kidney:2', 'Left kidney:3', 'Urinary bladder:5']);
  });
  it('a lone posterior component is not a kidney; nothing cranial → no brain', () => {
    next = 0;
    const fs = [comp(-70, 40, -420, 150), comp(0, -20, -560, 120, 25)];
    expect(names(pickPhysiologicalOrgans(fs, frame, { psma: false }))).toEqual(['Urinary bladder:1']);
  });
  it('PSMA: liver, spleen level with it, mirrored salivary glands; unpaired head uptake stays', () => {
    next = 0;
    const fs = [
      comp(-70, 0, -300, 1000, 5, 60), // 0 liver
      comp(90, 40, -300, 180, 7), // 1 spleen
      comp(-55, 10, -140, 14, 12), // 2 parotid R
      comp(55, 12, -135, 13, 12), // 3 parotid L
      comp(-40, -30, -170, 4, 9), // 4 submandibular R
      comp(38, -30, -172, 4, 9), // 5 submandibular L
      comp(-30, -20, -120, 3, 9), // 6 unpaired head-and-neck uptake (a lesion): kept
      comp(-75, 45, -420, 190, 20), // 7
      comp(75, 45, -420, 190, 20), // 8
      comp(0, -20, -520, 110, 30), // 9
    ];
    expect(names(pickPhysiologicalOrgans(fs, frame, { psma: true }))).toEqual(['Salivary glands:2,3,4,5', 'Liver:0', 'Spleen:1', 'Right kidney:7', 'Left kidney:8', 'Urinary bladder:9']);
    expect(names(pickPhysiologicalOrgans(fs, frame, { psma: false }))).toEqual(['Right kidney:7', 'Left kidney:8', 'Urinary bladder:9']);
  });
  it('with a CT, a candidate outside its organ\'s HU range is not taken (a sclerotic bone lesion is no kidney)', () => {
    next = 0;
    const fs = [comp(-70, 40, -420, 150), comp(72, 45, -410, 160)];
    expect(names(pickPhysiologicalOrgans(fs, frame, { psma: false, huOf: (i) => (i === 0 ? 700 : 30) }))).toEqual([]);
    expect(names(pickPhysiologicalOrgans(fs, frame, { psma: false, huOf: () => 30 }))).toEqual(['Right kidney:0', 'Left kidney:1']);
  });
});

describe('measureBodyFrame', () => {
  it('midline, posterior reference and head–foot extent of the voxels >= 0.2', () => {
    // 4×2×3 at 10 mm, origin (0,0,0): body voxels at i = 1, 2 (x 10, 20), all j, k = 0, 1.
    const data = new Float32Array(24);
    for (const k of [0, 1]) for (const j of [0, 1]) for (const i of [1, 2]) data[i + 4 * j + 8 * k] = 1;
    expect(measureBodyFrame(makeVolume(makeGeometry([4, 2, 3], [10, 10, 10]), data, 'SUVbw'), { stride: 1 })).toEqual({ midXMm: 15, midYMm: 5, topZMm: 10, bottomZMm: 0, voxelCount: 8 });
    expect(measureBodyFrame(makeVolume(makeGeometry([2, 2, 2]), new Float32Array(8), 'SUVbw'))).toBeNull();
  });
});

/** Voxel count of phantom shapes: their voxel centres inside the body (painted). */
function shapeVoxels(ph: ReturnType<typeof wholeBodyPetPhantom>, names: string[]): number {
  const [ni, nj] = ph.geometry.dimensions;
  const set = new Set<number>();
  ph.shapes.forEach((s) => {
    if (!names.includes(s.name)) return;
    for (let n = 0; n < ph.data.length; n++) {
      const i = n % ni, j = Math.floor(n / ni) % nj, k = Math.floor(n / (ni * nj));
      const x = -159 + 6 * i, y = -117 + 6 * j, z = -597 + 6 * k;
      if (ph.data[n] > 0 && ((x - s.centerMm[0]) / s.radiiMm[0]) ** 2 + ((y - s.centerMm[1]) / s.radiiMm[1]) ** 2 + ((z - s.centerMm[2]) / s.radiiMm[2]) ** 2 <= 1 + 1e-9) set.add(n);
    }
  });
  return set.size;
}

describe('detectPhysiologicalUptake on the whole-body phantoms', () => {
  it('FDG at 2.5: brain, kidneys, bladder; the lesions stay', () => {
    const ph = wholeBodyPetPhantom('FDG');
    const vol = makeVolume(ph.geometry, ph.data, 'SUVbw', 'PT');
    const r = detectPhysiologicalUptake(vol, { psma: false, minSuv: 2.5 });
    expect(r.organs.map((o) => o.organ)).toEqual(['Brain', 'Right kidney', 'Left kidney', 'Urinary bladder']);
    expect(r.organs.map((o) => o.voxelCount)).toEqual(['brain', 'right kidney', 'left kidney', 'bladder'].map((s) => shapeVoxels(ph, [s])));
    expect(r.organs.every((o) => o.medianHu === null)).toBe(true);
    const b = computeBurden(vol, { method: 'suv2.5', exclude: r.mask });
    // L1 (core + rim), L2, L3, L4 (2.8 core; the 1.3 halo is below 2.5), L5.
    expect(b.ok && b.value.lesions.map((l) => l.voxelCount).sort((p, q) => p - q)).toEqual([shapeVoxels(ph, ['L1 rim', 'L1']), shapeVoxels(ph, ['L2']), shapeVoxels(ph, ['L3']), shapeVoxels(ph, ['L4']), 1].sort((p, q) => p - q));
  });
  it('PSMA at 3: salivary glands, liver, spleen, kidneys, bladder', () => {
    const ph = wholeBodyPetPhantom('PSMA');
    const vol = makeVolume(ph.geometry, ph.data, 'SUVbw', 'PT');
    const r = detectPhysiologicalUptake(vol, { psma: true, minSuv: 3 });
    expect(r.organs.map((o) => o.organ)).toEqual(['Salivary glands', 'Liver', 'Spleen', 'Right kidney', 'Left kidney', 'Urinary bladder']);
    expect(r.organs[0].voxelCount).toBe(shapeVoxels(ph, ['right parotid', 'left parotid', 'right submandibular', 'left submandibular']));
    expect(r.organs[1].voxelCount).toBe(shapeVoxels(ph, ['liver']));
  });
  it('a CT gives each organ its median HU (here a uniform 35 HU CT on a 2× coarser grid)', () => {
    const ph = wholeBodyPetPhantom('FDG');
    const ct = makeVolume(makeGeometry([27, 20, 50], [12, 12, 12], [-156, -114, -594]), new Int16Array(27 * 20 * 50).fill(35), 'HU', 'CT');
    const r = detectPhysiologicalUptake(makeVolume(ph.geometry, ph.data, 'SUVbw'), { psma: false, minSuv: 2.5, ct });
    expect(r.organs.map((o) => o.medianHu)).toEqual([35, 35, 35, 35]);
  });
});
