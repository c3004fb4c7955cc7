import { describe, expect, it } from 'vitest';
import { parseInstance } from '@caliper/dicom';
import type { Instance } from '@caliper/dicom';
import { writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import type { El } from '@caliper/dicom/__fixtures__/writeDicom';
import { checkOneSeries } from '../checkOneSeries';

let sop = 0;
/** `n` 2×3 slices of one series; `b` sets DiffusionBValue (0018,9087) FD on every slice. */
function series(uid: string, modality: string, n: number, opts: { b?: number; description?: string; number?: number } = {}): Instance[] {
  return Array.from({ length: n }, (_, k) => {
    const extra: El[] = [];
    if (opts.b !== undefined) extra.push({ tag: 0x00189087, vr: 'FD', value: new Uint8Array(Float64Array.of(opts.b).buffer) });
    if (opts.description) extra.push({ tag: 0x0008103e, vr: 'LO', value: opts.description });
    if (opts.number !== undefined) extra.push({ tag: 0x00200011, vr: 'IS', value: String(opts.number) });
    const r = parseInstance(writeSlice({ sop: `2.25.9.${++sop}`, series: uid, modality, ipp: [0, 0, k], iop: [1, 0, 0, 0, 1, 0], spacing: [1, 1], pixels: new Int16Array(6), extra }), `f${sop}`);
    if (!r.ok) throw new Error(r.error.reason);
    return r.value;
  });
}

describe('checkOneSeries', () => {
  it('one series passes, whatever its modality', () => {
    expect(checkOneSeries(series('2.25.1', 'CT', 3)).ok).toBe(true);
  });
  it('a whole study (CT, PET, DWI, T2) is a conflict listing every series, sorted by series number', () => {
    const all = [
      ...series('2.25.30', 'PT', 2, { number: 3, description: 'PET' }),
      ...series('2.25.20', 'CT', 3, { number: 2, description: 'CT chest' }),
      ...series('2.25.40', 'MR', 2, { number: 4, description: 'DWI', b: 0 }),
      ...series('2.25.40', 'MR', 2, { number: 4, description: 'DWI', b: 800 }),
      ...series('2.25.50', 'MR', 2, { number: 5 }),
    ];
    const r = checkOneSeries(all);
    if (r.ok) throw new Error('expected a conflict');
    expect(r.error.series).toEqual([
      { seriesInstanceUID: '2.25.20', modality: 'CT', seriesDescription: 'CT chest', seriesNumber: 2, images: 3 },
      { seriesInstanceUID: '2.25.30', modality: 'PT', seriesDescription: 'PET', seriesNumber: 3, images: 2 },
      { seriesInstanceUID: '2.25.40', modality: 'MR', seriesDescription: 'DWI', seriesNumber: 4, images: 4 },
      { seriesInstanceUID: '2.25.50', modality: 'MR', seriesDescription: null, seriesNumber: 5, images: 2 },
    ]);
    expect(r.error.reason).toBe(
      'the input holds 4 image series; pass the folder or files of one series (for diffusion: the b-value images of one acquisition). Found: ' +
        '2.25.20 (CT #2, "CT chest", 3 images); 2.25.30 (PT #3, "PET", 2 images); 2.25.40 (MR #4, "DWI", 4 images); 2.25.50 (MR #5, no description, 2 images)',
    );
  });
  it('one series per b-value of one acquisition passes', () => {
    expect(checkOneSeries([...series('2.25.60', 'MR', 2, { b: 0 }), ...series('2.25.61', 'MR', 2, { b: 500 }), ...series('2.25.62', 'MR', 2, { b: 1000 })]).ok).toBe(true);
  });
  it('per-b series next to the scanner ADC map (no b-value) is a conflict', () => {
    const r = checkOneSeries([...series('2.25.60', 'MR', 2, { b: 0 }), ...series('2.25.61', 'MR', 2, { b: 1000 }), ...series('2.25.69', 'MR', 2)]);
    expect(r.ok ? [] : r.error.series.map((s) => s.seriesInstanceUID)).toEqual(['2.25.60', '2.25.61', '2.25.69']);
  });
  it('two diffusion acquisitions (both hold b = 0 and b = 1000) are a conflict', () => {
    const a = [...series('2.25.70', 'MR', 2, { b: 0 }), ...series('2.25.70', 'MR', 2, { b: 1000 })];
    const b = [...series('2.25.71', 'MR', 2, { b: 0 }), ...series('2.25.71', 'MR', 2, { b: 1000 })];
    expect(checkOneSeries([...a, ...b]).ok).toBe(false);
  });
  it('a single b-value is not diffusion input: DWI b=1000 plus T2 is a conflict', () => {
    expect(checkOneSeries([...series('2.25.80', 'MR', 2, { b: 1000 }), ...series('2.25.81', 'MR', 2)]).ok).toBe(false);
  });
  it('b-values on CT images do not make a diffusion acquisition', () => {
    expect(checkOneSeries([...series('2.25.90', 'CT', 2, { b: 0 }), ...series('2.25.91', 'CT', 2, { b: 1000 })]).ok).toBe(false);
  });
  it('non-image objects (SEG) beside the series are not counted', () => {
    expect(checkOneSeries([...series('2.25.1', 'CT', 3), ...series('2.25.2', 'SEG', 1)]).ok).toBe(true);
  });
});
