import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dcmjs from 'dcmjs';
import { describe, expect, it } from 'vitest';
import { resolveMaskFile } from '../resolveMaskFile';
import { grid, voxels } from './grid';

const { DicomDict, DicomMetaDictionary } = dcmjs.data;
const dir = mkdtempSync(path.join(tmpdir(), 'caliper-mask-'));

function writeDicom(name: string, ds: Record<string, unknown>): string {
  const meta = { FileMetaInformationVersion: new Uint8Array([0, 1]).buffer, MediaStorageSOPClassUID: ds.SOPClassUID, MediaStorageSOPInstanceUID: ds.SOPInstanceUID, TransferSyntaxUID: '1.2.840.10008.1.2.1' };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(ds);
  const file = path.join(dir, name);
  writeFileSync(file, new Uint8Array(dict.write()));
  return file;
}

describe('resolveMaskFile: DICOM files written by dcmjs', () => {
  it('SEG (BINARY) and RTSTRUCT are recognised by Modality and read from disk', () => {
    const bits = new Uint8Array(2); // 12 pixels, pixel 5 = (col 1, row 1) set
    bits[0] = 1 << 5;
    writeDicom('seg.dcm', {
      SOPClassUID: '1.2.840.10008.5.1.4.1.1.66.4', SOPInstanceUID: '2.25.1', Modality: 'SEG', Rows: 3, Columns: 4,
      BitsAllocated: 1, BitsStored: 1, HighBit: 0, SamplesPerPixel: 1, PhotometricInterpretation: 'MONOCHROME2', PixelRepresentation: 0,
      NumberOfFrames: 1, SegmentationType: 'BINARY',
      SegmentSequence: [{ SegmentNumber: 1, SegmentLabel: 'lesion' }],
      SharedFunctionalGroupsSequence: [{ PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }], PixelMeasuresSequence: [{ PixelSpacing: [2, 2], SliceThickness: 2 }] }],
      PerFrameFunctionalGroupsSequence: [{ PlanePositionSequence: [{ ImagePositionPatient: [0, 0, 2] }], SegmentIdentificationSequence: [{ ReferencedSegmentNumber: 1 }] }],
      PixelData: [bits.buffer],
      _vrMap: { PixelData: 'OB' },
    });
    const seg = resolveMaskFile({ type: 'mask', path: 'seg.dcm' }, grid, dir);
    if (!seg.ok) throw new Error(seg.error);
    expect(voxels(grid.dimensions, seg.value.data)).toEqual(['1,1,1']);

    writeDicom('rs.dcm', {
      SOPClassUID: '1.2.840.10008.5.1.4.1.1.481.3', SOPInstanceUID: '2.25.2', Modality: 'RTSTRUCT',
      StructureSetROISequence: [{ ROINumber: 1, ROIName: 'GTV' }],
      ROIContourSequence: [{ ReferencedROINumber: 1, ContourSequence: [{ ContourGeometricType: 'CLOSED_PLANAR', NumberOfContourPoints: 3, ContourData: [3, -1, 0, 7, -1, 0, 7, 3, 0] }] }],
    });
    const rs = resolveMaskFile({ type: 'mask', path: path.join(dir, 'rs.dcm') }, grid, '/');
    if (!rs.ok) throw new Error(rs.error);
    // Triangle (3,−1)-(7,−1)-(7,3): holds the centres (4,0), (6,0), (6,2) mm (boundary inclusive).
    expect(voxels(grid.dimensions, rs.value.data)).toEqual(['2,0,0', '3,0,0', '3,1,0']);
  });
  it('missing file and non-mask input are named errors', () => {
    expect(resolveMaskFile({ type: 'mask', path: 'nope.nii.gz' }, grid, dir)).toMatchObject({ ok: false });
    writeFileSync(path.join(dir, 'junk.bin'), 'not dicom');
    const r = resolveMaskFile({ type: 'mask', path: 'junk.bin' }, grid, dir);
    expect(r.ok ? '' : r.error).toMatch(/neither NIfTI nor readable DICOM|not a mask/);
  });
});
