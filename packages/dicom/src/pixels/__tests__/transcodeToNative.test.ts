import { describe, expect, it } from 'vitest';
import { writeEncapsulated, type El } from '../../__fixtures__/writeDicom';
import { encodeRle } from '../../testing/fuzz/encodeRle';
import { parseInstance } from '../../parse/parseInstance';
import { transcodeToNative } from '../transcodeToNative';

const RLE = '1.2.840.10008.1.2.5';
// An 8-bit 3 × 3 frame: 9 bytes of native Pixel Data, padded to an even length.
const frame = Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8]);
const elements = (extra: El[]): El[] => [
  { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.7' },
  { tag: 0x00080018, vr: 'UI', value: '2.25.77' },
  { tag: 0x0020000d, vr: 'UI', value: '2.25.78' },
  { tag: 0x0020000e, vr: 'UI', value: '2.25.79' },
  { tag: 0x00280002, vr: 'US', value: [1] },
  { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
  { tag: 0x00280010, vr: 'US', value: [3] },
  { tag: 0x00280011, vr: 'US', value: [3] },
  { tag: 0x00280100, vr: 'US', value: [8] },
  { tag: 0x00280101, vr: 'US', value: [8] },
  { tag: 0x00280102, vr: 'US', value: [7] },
  { tag: 0x00280103, vr: 'US', value: [0] },
  ...extra,
];

describe('transcodeToNative', () => {
  it('an odd-length frame is padded with one zero byte; the Extended Offset Table (encapsulated only) is dropped', async () => {
    const eot: El[] = [
      { tag: 0x7fe00001, vr: 'OB', value: new Uint8Array(8) },
      { tag: 0x7fe00002, vr: 'OB', value: Uint8Array.from([10, 0, 0, 0, 0, 0, 0, 0]) },
    ];
    const file = writeEncapsulated(elements(eot), [encodeRle(frame, 1)], RLE);
    const src = parseInstance(file, 'eot.dcm');
    if (!src.ok) throw new Error(src.error.reason);
    expect(src.value.dataSet.elements.x7fe00001).toBeDefined();
    const out = await transcodeToNative(file, 'eot.dcm');
    if (!out.ok) throw new Error(out.error.reason);
    const back = parseInstance(out.value, 'native.dcm');
    if (!back.ok) throw new Error(back.error.reason);
    expect(back.value.transferSyntaxUID).toBe('1.2.840.10008.1.2.1');
    expect(back.value.dataSet.elements.x7fe00001).toBeUndefined();
    expect(back.value.dataSet.elements.x7fe00002).toBeUndefined();
    const px = back.value.dataSet.elements.x7fe00010;
    expect(px.length).toBe(10);
    expect(Array.from(out.value.subarray(px.dataOffset, px.dataOffset + 10))).toEqual([...frame, 0]);
    expect(back.value.dataSet.uint16('x00280010')).toBe(3);
  });
});
