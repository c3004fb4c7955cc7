import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SliceSpec } from '../../__fixtures__/writeDicom';
import { writeSlice } from '../../__fixtures__/writeDicom';
import type { Instance } from '../../model/instance';
import { parseInstance } from '../../parse/parseInstance';
import { groupSeries } from '../../series/groupSeries';
import { buildVolume } from '../buildVolume';

const AXIAL = [1, 0, 0, 0, 1, 0];

function inst(s: Omit<SliceSpec, 'sop'> & { sop?: string }, k: number): Instance {
  const r = parseInstance(writeSlice({ sop: `7.${k}`, iop: AXIAL, spacing: [0.5, 0.25], ...s }), `s${k}.dcm`);
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
}

/** 2 rows × 3 columns per slice; slice k holds stored values 10k + (0..5). */
const stored = (k: number) => Int16Array.from([0, 1, 2, 3, 4, 5].map((v) => 10 * k + v));

describe('buildVolume', () => {
  it('stacks sorted slices i-fastest with HU rescale and LPS geometry', async () => {
    // Files given out of order; z = 4, 2, 0 → sorted 0, 2, 4.
    const list = [2, 1, 0].map((k) => inst({ ipp: [-10, 20, 2 * k], pixels: stored(k), slope: 1, intercept: -1024 }, k));
    const { series } = groupSeries(list);
    const v = await buildVolume(series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    const { geometry, data, unit } = v.value;
    expect(unit).toBe('HU');
    expect(data).toBeInstanceOf(Int16Array);
    expect(geometry.dimensions).toEqual([3, 2, 3]);
    expect(geometry.origin).toEqual([-10, 20, 0]);
    expect(geometry.spacing).toEqual([0.25, 0.5, 2]);
    expect(geometry.sliceDirection).toEqual([0, 0, 1]);
    // voxel (i=2, j=1, k=2) = stored 10*2 + (1*3 + 2) - 1024
    expect(data[2 + 1 * 3 + 2 * 6]).toBe(20 + 5 - 1024);
    expect(data[0]).toBe(-1024);
  });

  it('uses Float32 when slopes are non-integral, and Bq/mL for PET BQML', async () => {
    const list = [0, 1].map((k) => inst({ modality: 'PT', units: 'BQML', ipp: [0, 0, 3 * k], pixels: stored(k), slope: 0.5 + k, intercept: 0, signed: false }, k));
    const v = await buildVolume(groupSeries(list).series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    expect(v.value.unit).toBe('Bq/mL');
    expect(v.value.data).toBeInstanceOf(Float32Array);
    expect(v.value.data[5]).toBe(5 * 0.5);
    expect(v.value.data[6 + 5]).toBe(15 * 1.5);
    expect(v.value.geometry.spacing[2]).toBe(3);
  });

  it('refuses non-uniform spacing and non-volumes with named errors', async () => {
    const gap = [0, 1, 3].map((k) => inst({ ipp: [0, 0, k], pixels: stored(k) }, k));
    const g = await buildVolume(groupSeries(gap).series[0]);
    expect(!g.ok && g.error.reason).toMatch(/not a regular volume: gap: 1 missing slice/);
    const ok = await buildVolume(groupSeries(gap).series[0], { allowNonUniformSpacing: true });
    expect(ok.ok && ok.value.geometry.spacing[2]).toBe(1.5);
    const flat = [0, 1].map((k) => inst({ iop: undefined, pixels: stored(k) }, k));
    const f = await buildVolume(groupSeries(flat).series[0]);
    expect(!f.ok && f.error).toEqual({ file: '1.2.3.4.5', reason: expect.stringMatching(/^not a volume: missing geometry/) });
  });
});

const samples = path.resolve(__dirname, '../../../../../../shared/reference-data/dicom-samples');
const present = existsSync(samples);
if (!present) console.warn(`[buildVolume] enhanced CT test skipped: ${samples} not found`);

describe.skipIf(!present)('buildVolume on an enhanced (multi-frame) CT', () => {
  it('CT0012: 2 frames from per-frame functional groups become one 512×512×2 stack, 10 mm apart', async () => {
    // IOP is [-1,0,0, 0,1,0], so the normal row × column is -z: frame 1 (z = -149) comes first.
    const file = path.join(samples, 'dicomParser/CT0012.explicit_little_endian.dcm');
    const r = parseInstance(new Uint8Array(readFileSync(file)), file);
    if (!r.ok) throw new Error(r.error.reason);
    expect(r.value.frames?.map((f) => f.imagePositionPatient)).toEqual([
      [99.5, -301.5, -159],
      [99.5, -301.5, -149],
    ]);
    const { series } = groupSeries([r.value]);
    expect(series).toHaveLength(1);
    expect(series[0].normal).toEqual([0, 0, -1]);
    expect(series[0].slices.map((s) => s.frame)).toEqual([1, 0]);
    const v = await buildVolume(series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    expect(v.value.geometry.dimensions).toEqual([512, 512, 2]);
    expect(v.value.geometry.spacing[2]).toBeCloseTo(10, 9);
    expect(v.value.geometry.origin).toEqual([99.5, -301.5, -149]);
    expect(v.value.geometry.sliceDirection).toEqual([0, 0, -1]);
    expect(v.value.unit).toBe('HU');
  });
});

describe('volumeGeometry', () => {
  it('rejects slices that are evenly spaced along the normal but drift sideways', async () => {
    const list = [0, 1, 2].map((k) => inst({ ipp: [k === 1 ? 3 : 0, 0, 2 * k], pixels: stored(k) }, k));
    const s = groupSeries(list).series[0];
    expect(s.spacing).toEqual({ spacing: 2, uniform: true });
    const v = await buildVolume(s);
    expect(!v.ok && v.error.reason).toBe('slice 1 (s1.dcm) is 3.000 mm off the regular grid (positions not collinear or not evenly spaced)');
  });

  it('gantry tilt: positions sheared along a constant direction give a sheared sliceDirection', async () => {
    // Each slice 2 mm along z and 1 mm along y: step length √5, direction (0, 1, 2)/√5.
    const list = [0, 1, 2].map((k) => inst({ ipp: [0, k, 2 * k], pixels: stored(k) }, k));
    const v = await buildVolume(groupSeries(list).series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    expect(v.value.geometry.spacing[2]).toBeCloseTo(Math.sqrt(5), 12);
    expect(v.value.geometry.sliceDirection[1]).toBeCloseTo(1 / Math.sqrt(5), 12);
    expect(v.value.geometry.sliceDirection[2]).toBeCloseTo(2 / Math.sqrt(5), 12);
  });
});
