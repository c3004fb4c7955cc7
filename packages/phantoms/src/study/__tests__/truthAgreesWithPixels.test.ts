import { beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import type { PhantomSet } from '../generatePhantomSet';
import { generateInMemory } from './generateInMemory';
import { readSlice, tmSeconds } from './readBack';
import type { SliceRecord } from './readBack';

// Noise-free small phantom (same code path as the demo): every tissue has a distinct HU / S0, so
// lesion voxels are identified from the written pixel values alone.
let files: Map<string, Uint8Array>;
let set: PhantomSet;
beforeAll(async () => {
  ({ files, set } = await generateInMemory(testConfig(7)));
});

function series(paths: string[]): SliceRecord[] {
  return paths.map((p) => readSlice(files.get(p)!));
}

/** Flat-indexed voxels of slices in a box (inclusive) grown by `pad` voxels. */
function* boxVoxels(slices: SliceRecord[], lo: readonly number[], hi: readonly number[], pad: number) {
  const { columns, rows } = slices[0];
  for (let k = Math.max(0, lo[2] - pad); k <= Math.min(slices.length - 1, hi[2] + pad); k++)
    for (let j = Math.max(0, lo[1] - pad); j <= Math.min(rows - 1, hi[1] + pad); j++)
      for (let i = Math.max(0, lo[0] - pad); i <= Math.min(columns - 1, hi[0] + pad); i++) yield { k, v: i + j * columns };
}

describe('ground truth agrees with the written voxels', () => {
  it('writes the manifest in the agreed format', () => {
    const m = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
    expect(m.version).toBe(1);
    expect(m.studies).toHaveLength(3);
    for (const s of m.studies) {
      expect(s.series.map((x: { modality: string }) => x.modality)).toEqual(['CT', 'PT', 'MR', 'MR']);
      for (const se of s.series) for (const p of se.instances) expect(files.has(p)).toBe(true);
    }
  });

  it('CT lesion voxel counts (HU of lesion/core voxels in the lesion box) match the truth', () => {
    for (const [t, study] of set.manifest.studies.entries()) {
      const ct = series(study.series[0].instances);
      for (const l of set.truths[t].lesions) {
        const hus = new Set([l.ct.trueHU, l.ct.coreTrueHU]);
        let n = 0;
        let outside = 0;
        for (const { k, v } of boxVoxels(ct, l.ct.bboxIJK[0], l.ct.bboxIJK[1], 2)) {
          const hu = ct[k].pixels[v] * ct[k].slope + ct[k].intercept;
          if (hus.has(hu)) n++;
        }
        for (const { k, v } of boxVoxels(ct, l.ct.bboxIJK[0], l.ct.bboxIJK[1], 0)) if (!hus.has(ct[k].pixels[v] * ct[k].slope + ct[k].intercept)) outside++;
        expect(n, `${l.id} at t${t}`).toBe(l.ct.voxelCount);
        expect(outside).toBeGreaterThan(0);
        const vox = ct[0].pixelSpacing[0] * ct[0].pixelSpacing[1] * Math.abs(ct[1].z - ct[0].z);
        expect((n * vox) / 1000).toBeCloseTo(l.ct.volumeVoxelised_mL, 6);
      }
    }
  });

  it('PET SUVmax recomputed from stored values and header (weight, dose, decay) matches the truth', () => {
    for (const [t, study] of set.manifest.studies.entries()) {
      const pet = series(study.series[1].instances);
      const d = pet[0].ds;
      const rp = d.elements.x00540016.items![0].dataSet!;
      const dose = rp.floatString('x00181074')!;
      const halfLife = rp.floatString('x00181075')!;
      const injected = tmSeconds((rp.string('x00181078') ?? '').slice(8));
      const start = tmSeconds(d.string('x00080031')!);
      expect(d.string('x00541001')).toBe('BQML');
      expect(d.string('x00541102')).toBe('START');
      const weightG = d.floatString('x00101030')! * 1000;
      const factor = weightG / (dose * Math.pow(2, -(start - injected) / halfLife));
      const { columns } = pet[0];
      const dx = pet[0].pixelSpacing[1];
      for (const l of set.truths[t].lesions) {
        if (!l.pet) continue;
        const c = l.shape.kind === 'ellipticCylinder' ? null : l.shape.centre_mm;
        const reach = 40;
        let max = -Infinity;
        for (const s of pet) {
          if (Math.abs(s.z - c![2]) > reach) continue;
          for (let v = 0; v < s.pixels.length; v++) {
            const x = s.x0 + (v % columns) * dx;
            const y = s.y0 + Math.floor(v / columns) * dx;
            if (Math.hypot(x - c![0], y - c![1]) > reach) continue;
            max = Math.max(max, s.pixels[v] * s.slope * factor);
          }
        }
        expect(max, `${l.id} at t${t}`).toBeCloseTo(l.pet.SUVmax_SUVbw, 6);
        // Noise-free, no PSF: the maximum is the lesion's true uptake up to 16-bit quantisation.
        expect(Math.abs(max - l.pet.trueSUVbw) / l.pet.trueSUVbw).toBeLessThan(1e-3);
      }
    }
  });

  it('noise-free reference regions read back the model uptake (liver 2.0, blood pool 1.6)', () => {
    for (const t of set.truths) {
      const [liver, blood] = t.pet.referenceRegions;
      expect(liver.voxelCount).toBeGreaterThan(0);
      expect(liver.SUVmean_SUVbw).toBeCloseTo(2.0, 3);
      expect(blood.SUVmean_SUVbw).toBeCloseTo(1.6, 3);
    }
  });

  it('mean ADC from the written DWI pixels matches the truth', () => {
    for (const [t, study] of set.manifest.studies.entries()) {
      const dwi = series(study.series[2].instances);
      const byB = new Map<number, SliceRecord[]>();
      for (const s of dwi) byB.set(s.bValue!, [...(byB.get(s.bValue!) ?? []), s]);
      expect([...byB.keys()]).toEqual([0, 50, 400, 800]);
      const b0 = byB.get(0)!;
      const b800 = byB.get(800)!;
      for (const l of set.truths[t].lesions) {
        if (!l.mr) continue;
        // Lesion voxels: two-point ADC equal to the lesion's (or its core's) ADC and bright b=0, near the centre.
        const c = (l.shape as { centre_mm: readonly number[] }).centre_mm;
        const { columns } = b0[0];
        const dx = b0[0].pixelSpacing[1];
        let n = 0;
        let adcSum = 0;
        for (let k = 0; k < b0.length; k++) {
          if (Math.abs(b0[k].z - c[2]) > 45) continue;
          for (let v = 0; v < b0[k].pixels.length; v++) {
            const x = b0[k].x0 + (v % columns) * dx;
            const y = b0[k].y0 + Math.floor(v / columns) * dx;
            if (Math.hypot(x - c[0], y - c[1]) > 45) continue;
            const s0 = b0[k].pixels[v];
            const s800 = b800[k].pixels[v];
            const adc = (Math.log(s0 / s800) / 800) * 1000;
            const isLesion = l.necroticCore
              ? Math.abs(adc - l.mr.trueADC_1e3mm2s) < 0.01 || Math.abs(adc - l.mr.coreTrueADC_1e3mm2s!) < 0.01
              : Math.abs(adc - l.mr.trueADC_1e3mm2s) < 0.01;
            if (isLesion && s0 >= 400) {
              n++;
              adcSum += adc;
            }
          }
        }
        expect(n, `${l.id} at t${t}`).toBe(l.mr.voxelCount);
        expect(adcSum / n).toBeCloseTo(l.mr.meanTrueADC_1e3mm2s, 2);
        expect(l.mr.meanFittedADC_1e3mm2s).toBeCloseTo(l.mr.meanTrueADC_1e3mm2s, 2);
      }
    }
  });

  it('RECIST sums follow a treated tumour: PR at follow-up 1, PD (new lesion) at follow-up 2', () => {
    expect(set.course.map((c) => c.response)).toEqual(['baseline', 'PR', 'PD']);
    expect(set.course[2].newLesions).toEqual(['L4']);
    const n1 = set.truths[0].lesions.find((l) => l.id === 'N1')!;
    // N1 baseline: ellipsoid rotated about z only, in-plane semi-axes 14 and 9 mm, z semi-axis 10 mm,
    // centre z = −190. Test grid: 50 slices over [−300, 72.5] → nearest plane k = 14, t = z_14 + 190,
    // section scale √(1 − (t/10)²): long = 28·√…, short = 18·√…
    const t = -300 + (14 * 372.5) / 49 + 190;
    const scale = Math.sqrt(1 - (t / 10) ** 2);
    expect(n1.recist!.sliceIndex).toBe(14);
    expect(n1.recist!.shortAxis_mm).toBeCloseTo(18 * scale, 9);
    expect(n1.recist!.longAxis_mm).toBeCloseTo(28 * scale, 9);
    expect(set.course[0].targets.N1).toBe(n1.recist!.shortAxis_mm);
  });
});
