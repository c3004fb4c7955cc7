import { describe, expect, it } from 'vitest';
import { writeSlice } from '../../__fixtures__/writeDicom';
import { decodeSliceInto } from '../decodeSliceInto';

const AXIAL = [1, 0, 0, 0, 1, 0];
/** 2 rows × 3 columns: stored 0..5 plus 10k. */
const file = (k: number, extra: { slope?: number; intercept?: number } = {}) =>
  writeSlice({ sop: `9.${k}`, iop: AXIAL, ipp: [0, 0, k], spacing: [1, 1], pixels: Int16Array.from([0, 1, 2, 3, 4, 5].map((v) => 10 * k + v)), ...extra });

describe('decodeSliceInto', () => {
  it('writes the rescaled slice at its offset in the volume buffer and leaves the rest alone', async () => {
    const out = new Int16Array(3 * 6).fill(7);
    const r = await decodeSliceInto(file(2, { slope: 1, intercept: -1024 }), 'ct2.dcm', { frame: 0, out, offset: 6 });
    expect(r).toEqual({ ok: true, value: { min: 20 - 1024, max: 25 - 1024 } });
    expect([...out.subarray(0, 6)]).toEqual([7, 7, 7, 7, 7, 7]);
    expect([...out.subarray(6, 12)]).toEqual([-1004, -1003, -1002, -1001, -1000, -999]);
    expect([...out.subarray(12)]).toEqual([7, 7, 7, 7, 7, 7]);
  });
  it('applies the factor after the rescale, (stored·slope + intercept)·factor, into a shared buffer', async () => {
    const out = new Float32Array(new SharedArrayBuffer(6 * 4));
    const r = await decodeSliceInto(file(1, { slope: 2, intercept: 1 }), 'pt1.dcm', { frame: 0, out, offset: 0, factor: 0.5 });
    expect(r.ok).toBe(true);
    // stored 10..15 → (2v + 1) / 2
    expect([...out]).toEqual([10.5, 11.5, 12.5, 13.5, 14.5, 15.5]);
  });
  it('names the file when the slice does not fit or the bytes are not DICOM', async () => {
    const small = await decodeSliceInto(file(0), 'a.dcm', { frame: 0, out: new Int16Array(6), offset: 1 });
    expect(small).toEqual({ ok: false, error: { file: 'a.dcm', reason: 'slice of 3×2 does not fit the volume buffer' } });
    const junk = await decodeSliceInto(new Uint8Array(300), 'b.dcm', { frame: 0, out: new Int16Array(6), offset: 0 });
    expect(junk.ok).toBe(false);
    if (!junk.ok) expect(junk.error.file).toBe('b.dcm');
  });
});
