import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Geometry, Volume } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { computeMaskBbox, computeRadiomics } from '@caliper/engine';
import type { RadiomicsSettings } from '@caliper/engine';
import { readNiftiMask } from '../src/roi/readNiftiMask';
import { referenceDir } from './helpers';
import { matchesReference, readIbsiReference, relativeDeviation } from './ibsiReference';

const dir = referenceDir('ibsi1-digital-phantom');

/** The phantom as IBSI prescribes it: no interpolation, no re-segmentation, FBS bin width 1 from the ROI minimum. */
const settings = (approach: '2D' | '3D'): RadiomicsSettings => ({
  name: 'digital phantom',
  approach,
  interpolation: null,
  resegmentation: { range: [null, null], outlierSigma: null },
  discretisation: { method: 'FBS', binWidth: 1, lowerBound: null },
  ivh: { method: 'none' },
});

/** Volume from a NIfTI read by the CLI's reader (voxel → LPS affine). */
function niftiVolume(file: string): { volume: Volume; data: ArrayLike<number> } {
  const r = readNiftiMask(new Uint8Array(readFileSync(file)), file);
  if (!r.ok) throw new Error(r.error);
  const { dimensions, data, affine: a } = r.value;
  const col = (c: number) => [a[c], a[4 + c], a[8 + c]];
  const len = (v: number[]) => Math.hypot(v[0], v[1], v[2]);
  const unit = (v: number[]) => [v[0] / len(v), v[1] / len(v), v[2] / len(v)] as const;
  const geometry: Geometry = {
    dimensions,
    spacing: [len(col(0)), len(col(1)), len(col(2))],
    origin: patientPoint(a[3], a[7], a[11]),
    rowDirection: unit(col(0)),
    columnDirection: unit(col(1)),
    sliceDirection: unit(col(2)),
  };
  return { volume: { geometry, data: Float32Array.from(data), unit: 'raw' }, data };
}

/**
 * IBSI-1 digital phantom (5×4×4, 2 mm): all 482 reference values, every family and texture
 * aggregation (2D and 3D approaches). Values without a printed tolerance must match to 3
 * significant figures; morphology within its tolerance.
 */
describe.skipIf(!dir)('IBSI-1 digital phantom: every feature of every family', () => {
  const refs = dir ? readIbsiReference(path.join(dir, 'ibsi1_reference_values_digital_phantom.csv')) : [];
  const { volume } = dir ? niftiVolume(path.join(dir, 'phantom.nii.gz')) : ({} as ReturnType<typeof niftiVolume>);
  const m = dir ? niftiVolume(path.join(dir, 'mask.nii.gz')).data : [];
  const dims = volume?.geometry.dimensions;
  const maskData = Uint8Array.from(m, (x) => (x > 0.5 ? 1 : 0));
  const mask = dims ? { dimensions: dims, data: maskData, bbox: computeMaskBbox(dims, maskData) } : null;

  it('reads 482 reference rows', () => {
    expect(refs.length).toBe(482);
    expect(new Set(refs.map((r) => r.key)).size).toBe(482);
  });

  it.each(['2D', '3D'] as const)('%s approach: every key of the approach matches (exact to 3 significant figures)', (approach) => {
    const r = computeRadiomics(volume, mask!, settings(approach));
    if (!r.ok) throw new Error(r.error.kind);
    const features = r.value.features;
    expect(Object.keys(features).length).toBe(approach === '2D' ? 346 : 210);
    expect(r.value.roi).toEqual({ morphologicalVoxels: 74, intensityVoxels: 74 });
    const mine = refs.filter((x) => x.key in features);
    expect(mine.length).toBe(Object.keys(features).length);
    const worst = new Map<string, number>();
    const failures: string[] = [];
    for (const ref of mine) {
      const f = features[ref.key];
      expect(f.name, ref.key).toBe(ref.feature);
      expect(f.family, ref.key).toBe(ref.family);
      if (ref.aggregation) expect(f.aggregation, ref.key).toBe(ref.aggregation);
      const dev = relativeDeviation(ref, f.value);
      worst.set(ref.family, Math.max(worst.get(ref.family) ?? 0, dev));
      if (!matchesReference(ref, f.value)) failures.push(`${ref.key} ${ref.feature} (${ref.aggregation || ref.family}): ${f.value} vs ${ref.value}${ref.tolerance !== null ? ` ± ${ref.tolerance}` : ''}`);
    }
    console.log(`[ibsi digital phantom ${approach}] max relative deviation per family: ${[...worst].map(([k, v]) => `${k} ${v.toExponential(2)}`).join(', ')}`);
    expect(failures).toEqual([]);
  });
});
