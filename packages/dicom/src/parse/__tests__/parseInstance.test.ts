import { describe, expect, it } from 'vitest';
import { encodeElements, writePart10, writeSlice } from '../../__fixtures__/writeDicom';
import { parseInstance } from '../parseInstance';
import { sniffDicom } from '../sniff';

const px = Int16Array.from([-1000, 0, 1, 2, 3, 40]);
const slice = () => writeSlice({ sop: '1.9.1', ipp: [1, 2, 3], iop: [1, 0, 0, 0, 1, 0], spacing: [0.5, 0.25], pixels: px, slope: 1, intercept: -1024, instanceNumber: 7 });

describe('parseInstance', () => {
  it('reads the key attributes of a Part 10 file', () => {
    const r = parseInstance(slice(), 'a.dcm');
    if (!r.ok) throw new Error(r.error.reason);
    const i = r.value;
    expect(i).toMatchObject({
      file: 'a.dcm',
      sopInstanceUID: '1.9.1',
      seriesInstanceUID: '1.2.3.4.5',
      studyInstanceUID: '1.2.3.4',
      modality: 'CT',
      rows: 2,
      columns: 3,
      numberOfFrames: 1,
      bitsAllocated: 16,
      pixelRepresentation: 1,
      rescaleSlope: 1,
      rescaleIntercept: -1024,
      hasRescale: true,
      instanceNumber: 7,
      transferSyntaxUID: '1.2.840.10008.1.2.1',
      hasPixelData: true,
    });
    expect(i.imagePositionPatient).toEqual([1, 2, 3]);
    expect(i.imageOrientationPatient).toEqual([1, 0, 0, 0, 1, 0]);
    expect(i.pixelSpacing).toEqual([0.5, 0.25]);
    expect(i.dataSet.string('x00080060')).toBe('CT');
  });

  it('reads implicit VR little endian', () => {
    const r = parseInstance(writeSlice({ sop: '1.9.2', pixels: px }, '1.2.840.10008.1.2'), 'i.dcm');
    expect(r.ok && r.value.transferSyntaxUID).toBe('1.2.840.10008.1.2');
    expect(r.ok && r.value.rows).toBe(2);
  });

  it('reads a file without preamble (meta group first) and a bare data set', () => {
    const full = slice();
    const noPreamble = parseInstance(full.subarray(132), 'np.dcm');
    expect(noPreamble.ok && noPreamble.value.sopInstanceUID).toBe('1.9.1');
    const bare = encodeElements([
      { tag: 0x00080018, vr: 'UI', value: '1.9.3' },
      { tag: 0x0020000e, vr: 'UI', value: '1.2.3.4.5' },
    ], false);
    expect(sniffDicom(bare)).toEqual({ kind: 'raw', transferSyntaxUID: '1.2.840.10008.1.2' });
    const r = parseInstance(bare, 'bare');
    expect(r.ok && r.value.transferSyntaxUID).toBe('1.2.840.10008.1.2');
    expect(r.ok && r.value.hasPixelData).toBe(false);
  });

  it('never throws: every failure is a FileError with a reason', () => {
    const fail = (bytes: Uint8Array) => {
      const r = parseInstance(bytes, 'f');
      if (r.ok) throw new Error('expected failure');
      expect(r.error.file).toBe('f');
      return r.error.reason;
    };
    expect(fail(new Uint8Array(0))).toMatch(/not a DICOM file/);
    expect(fail(new TextEncoder().encode('%PDF-1.4 '.repeat(40)))).toMatch(/not a DICOM file/);
    expect(fail(slice().subarray(0, 300))).toMatch(/truncated|past the end/);
    expect(fail(writeSlice({ sop: '1', pixels: px }, '1.2.840.10008.1.2.4.100'))).toMatch(/unsupported transfer syntax 1\.2\.840\.10008\.1\.2\.4\.100/);
    expect(fail(writePart10([{ tag: 0x00080018, vr: 'UI', value: '1.2' }]))).toMatch(/missing SeriesInstanceUID/);
    expect(fail(writePart10([
      { tag: 0x00080018, vr: 'UI', value: '1.2' },
      { tag: 0x0020000e, vr: 'UI', value: '1.3' },
      { tag: 0x7fe00010, vr: 'OW', value: px },
    ]))).toMatch(/pixel data without Rows\/Columns/);
  });

  it('reports an element length running past the end of the file', () => {
    const bytes = slice();
    // Pixel Data is the last element: claim 4 more bytes than the file holds.
    const view = new DataView(bytes.buffer);
    const lenAt = bytes.length - px.byteLength - 4;
    view.setUint32(lenAt, px.byteLength + 4, true);
    const r = parseInstance(bytes, 'long.dcm');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.reason).toMatch(/past the end|bogus element length/);
  });
});
