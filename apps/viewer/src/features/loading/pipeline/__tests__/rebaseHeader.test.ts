import { describe, expect, it } from 'vitest';
import { parseInstance } from '@caliper/dicom';
import { writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import { headerLength, rebaseHeader } from '../rebaseHeader';

describe('rebaseHeader', () => {
  it('keeps the header readable from a copy of the bytes before Pixel Data', () => {
    const bytes = writeSlice({ sop: '1.2.3', ipp: [1, 2, 3], iop: [1, 0, 0, 0, 1, 0], spacing: [0.5, 0.5], pixels: new Int16Array(6), slope: 1, intercept: -1024 });
    const r = parseInstance(bytes, 'x.dcm');
    if (!r.ok) throw new Error(r.error.reason);
    const n = headerLength(r.value.dataSet, bytes.length);
    // The Pixel Data element (7FE0,0010) starts exactly there.
    expect([...bytes.subarray(n, n + 4)]).toEqual([0xe0, 0x7f, 0x10, 0x00]);
    const head = bytes.slice(0, n);
    bytes.fill(0); // as if transferred away
    rebaseHeader(r.value.dataSet, head);
    expect(r.value.dataSet.string('x00080018')).toBe('1.2.3');
    expect(r.value.dataSet.string('x00281052')).toBe('-1024');
  });
});
