import { describe, expect, it } from 'vitest';
import type { El } from '../../__fixtures__/writeDicom';
import { writeEncapsulated } from '../../__fixtures__/writeDicom';
import { parseInstance } from '../../parse/parseInstance';
import { decodeFrames } from '../decodeFrames';
import { jpegHoldsRgb, readJpegColourMarkers, withoutColourTransform } from '../jpeg/jpegColour';
import { ybrFullToRgb } from '../ybrToRgb';

// A 16×8 baseline JPEG (quality 100, no subsampling) whose three components hold `stored` below as
// they are (made with Pillow from these values in mode YCbCr, JFIF APP0 removed): no JFIF, no
// Adobe marker, component ids 1 2 3. The variants differ only in their colour markers.
const W = 16;
const H = 8;
const stored = Uint8Array.from({ length: W * H * 3 }, (_, i) => {
  const p = Math.floor(i / 3);
  return [(p % W) * 16, Math.floor(p / W) * 32, 200][i % 3];
});
const bare = Uint8Array.from(
  atob(
    '/9j/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/2wBDAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAARCAAIABADAREAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAACgv/xAAYEAACAwAAAAAAAAAAAAAAAAAACUWEwv/EABYBAQEBAAAAAAAAAAAAAAAAAAAICv/EABgRAAIDAAAAAAAAAAAAAAAAAAAaZqXj/9oADAMBAAIRAxEAPwA3624Ctkn9biBVuRpAKAC24CtkLcQKtyB//9k=',
  ),
  (c) => c.charCodeAt(0),
);
const insert = (seg: number[]) => Uint8Array.from([...bare.subarray(0, 2), ...seg, ...bare.subarray(2)]);
const jfif = insert([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const adobe = (transform: number) => insert([0xff, 0xee, 0, 14, 0x41, 0x64, 0x6f, 0x62, 0x65, 0, 100, 0, 0, 0, 0, transform]);
/** Component ids 'R','G','B' in SOF0 and SOS. */
function rgbIds(j: Uint8Array): Uint8Array {
  const out = j.slice();
  for (let i = 2; out[i + 1] !== 0xda; i += 2 + ((out[i + 2] << 8) | out[i + 3])) {
    if (out[i + 1] === 0xc0) [82, 71, 66].forEach((id, c) => (out[i + 10 + 3 * c] = id));
  }
  const sos = out.findIndex((b, i) => b === 0xff && out[i + 1] === 0xda);
  [82, 71, 66].forEach((id, c) => (out[sos + 5 + 2 * c] = id));
  return out;
}

async function decode(jpeg: Uint8Array, photometric: string): Promise<Uint8Array> {
  const us = (tag: number, v: number): El => ({ tag, vr: 'US', value: [v] });
  const els: El[] = [
    { tag: 0x00080018, vr: 'UI', value: '1.2.826.0.1.3680043.8.498.3' },
    { tag: 0x0020000e, vr: 'UI', value: '1.2.826.0.1.3680043.8.498.4' },
    { tag: 0x00280004, vr: 'CS', value: photometric },
    us(0x00280002, 3),
    us(0x00280006, 0),
    us(0x00280010, H),
    us(0x00280011, W),
    us(0x00280100, 8),
    us(0x00280101, 8),
    us(0x00280102, 7),
    us(0x00280103, 0),
  ];
  const r = parseInstance(writeEncapsulated(els, [jpeg], '1.2.840.10008.1.2.4.50'), 'rgb.dcm');
  if (!r.ok) throw new Error(r.error.reason);
  const d = await decodeFrames(r.value);
  if (!d.ok) throw new Error(d.error.reason);
  expect(d.value.photometricInterpretation).toBe('RGB');
  return d.value.data as Uint8Array;
}

const maxDiff = (a: Uint8Array, b: Uint8Array) => Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));
const converted = () => {
  const c = stored.slice();
  ybrFullToRgb(c);
  return c;
};

describe('JPEG baseline colour transform (pydicom 3 pixel_array, libjpeg rules)', () => {
  it.each([
    ['Adobe APP14 transform 0, Photometric YBR_FULL_422', adobe(0), 'YBR_FULL_422'],
    ['Adobe APP14 transform 0, Photometric RGB', adobe(0), 'RGB'],
    ['component ids R G B, no JFIF, Photometric YBR_FULL_422', rgbIds(bare), 'YBR_FULL_422'],
    ['no colour marker, Photometric RGB', bare, 'RGB'],
  ])('%s: RGB as stored, no transform', async (_, jpeg, pi) => {
    expect(maxDiff(await decode(jpeg, pi), stored)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['JFIF, Photometric YBR_FULL_422', jfif, 'YBR_FULL_422'],
    ['JFIF, Photometric RGB (the stream wins)', jfif, 'RGB'],
    ['no colour marker, Photometric YBR_FULL_422', bare, 'YBR_FULL_422'],
    ['Adobe APP14 transform 1, Photometric RGB', adobe(1), 'RGB'],
  ])('%s: YCbCr converted to RGB', async (_, jpeg, pi) => {
    const got = await decode(jpeg, pi);
    expect(maxDiff(got, converted())).toBeLessThanOrEqual(2);
    expect(maxDiff(got, stored)).toBeGreaterThan(50);
  });

  it('reads the markers and rewrites only the colour segments', () => {
    expect(readJpegColourMarkers(jfif)).toEqual({ jfif: true, adobeTransform: undefined, componentIds: [1, 2, 3] });
    expect(readJpegColourMarkers(adobe(0))).toEqual({ jfif: false, adobeTransform: 0, componentIds: [1, 2, 3] });
    expect(readJpegColourMarkers(rgbIds(bare)).componentIds).toEqual([82, 71, 66]);
    expect(jpegHoldsRgb(readJpegColourMarkers(bare), 'YBR_FULL_422')).toBe(false);
    const rewritten = withoutColourTransform(jfif);
    expect(rewritten.length).toBe(bare.length + 16);
    expect(readJpegColourMarkers(rewritten)).toEqual({ jfif: false, adobeTransform: 0, componentIds: [1, 2, 3] });
    expect([...rewritten.subarray(18)]).toEqual([...bare.subarray(2)]);
  });
});
