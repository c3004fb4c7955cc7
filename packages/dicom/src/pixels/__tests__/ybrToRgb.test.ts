import { describe, expect, it } from 'vitest';
import type { El } from '../../__fixtures__/writeDicom';
import { writePart10 } from '../../__fixtures__/writeDicom';
import { parseInstance } from '../../parse/parseInstance';
import { decodeFrames } from '../decodeFrames';
import { upsampleYbr422, ybrFullToRgb } from '../ybrToRgb';

describe('YCbCr → RGB (pydicom pixel_array default)', () => {
  it('converts YBR_FULL triplets (T.871): grey stays grey, JFIF red', () => {
    // Red: R = 76 + 1.402·127 = 254.05; G = 76 + 0.344·43 − 0.714·127 = 0.10; B = 76 − 1.772·43 = −0.20 → 0
    const d = Uint8Array.from([100, 128, 128, 76, 85, 255]);
    ybrFullToRgb(d);
    expect([...d]).toEqual([100, 100, 100, 254, 0, 0]);
  });

  it('removes 4:2:2 subsampling: Y1 Y2 Cb Cr → Y1 Cb Cr Y2 Cb Cr', () => {
    const out = new Uint8Array(9);
    upsampleYbr422(Uint8Array.from([10, 20, 100, 200, 30, 40, 110, 210]), out, 1, 3);
    expect([...out]).toEqual([10, 100, 200, 20, 100, 200, 30, 110, 210]);
  });

  it('native YBR_FULL_422 decodes to RGB', async () => {
    const us = (tag: number, v: number): El => ({ tag, vr: 'US', value: [v] });
    const r = parseInstance(
      writePart10([
        { tag: 0x00080018, vr: 'UI', value: '1.5' },
        { tag: 0x0020000e, vr: 'UI', value: '1.6' },
        { tag: 0x00280004, vr: 'CS', value: 'YBR_FULL_422' },
        us(0x00280002, 3),
        us(0x00280010, 1),
        us(0x00280011, 2),
        us(0x00280100, 8),
        us(0x00280101, 8),
        { tag: 0x7fe00010, vr: 'OB', value: Uint8Array.from([100, 76, 128, 128]) },
      ]),
      'ybr.dcm',
    );
    if (!r.ok) throw new Error(r.error.reason);
    const d = await decodeFrames(r.value);
    if (!d.ok) throw new Error(d.error.reason);
    expect(d.value.photometricInterpretation).toBe('RGB');
    expect([...d.value.data]).toEqual([100, 100, 100, 76, 76, 76]);
  });
});
