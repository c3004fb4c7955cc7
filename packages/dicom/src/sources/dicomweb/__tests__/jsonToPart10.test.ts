import { describe, expect, it } from 'vitest';
import { parseInstance } from '../../../parse/parseInstance';
import { decodeFrames } from '../../../pixels/decodeFrames';
import { jsonToPart10 } from '../jsonToPart10';

// WADO-RS metadata of a 2-frame enhanced-style object (DICOM JSON, PS3.18 F.2).
const json = {
  '00080016': { vr: 'UI', Value: ['1.2.840.10008.5.1.4.1.1.2.1'] },
  '00080018': { vr: 'UI', Value: ['1.2.3.9'] },
  '00080060': { vr: 'CS', Value: ['CT'] },
  '00100010': { vr: 'PN', Value: [{ Alphabetic: 'Doe^Jane' }] },
  '0020000D': { vr: 'UI', Value: ['1.2.3'] },
  '0020000E': { vr: 'UI', Value: ['1.2.3.4'] },
  '00280002': { vr: 'US', Value: [1] },
  '00280004': { vr: 'CS', Value: ['MONOCHROME2'] },
  '00280008': { vr: 'IS', Value: [2] },
  '00280010': { vr: 'US', Value: [1] },
  '00280011': { vr: 'US', Value: [2] },
  '00280100': { vr: 'US', Value: [16] },
  '00280101': { vr: 'US', Value: [16] },
  '00280103': { vr: 'US', Value: [1] },
  '00281052': { vr: 'DS', Value: [-1024] },
  '00281053': { vr: 'DS', Value: [1] },
  '00209116': { vr: 'SQ', Value: [] },
  '52009230': {
    vr: 'SQ',
    Value: [0, 5].map((z) => ({ '00209113': { vr: 'SQ', Value: [{ '00200032': { vr: 'DS', Value: [0, 0, z] } }] } })),
  },
  '52009229': {
    vr: 'SQ',
    Value: [
      {
        '00209116': { vr: 'SQ', Value: [{ '00200037': { vr: 'DS', Value: [1, 0, 0, 0, 1, 0] } }] },
        '00289110': { vr: 'SQ', Value: [{ '00280030': { vr: 'DS', Value: [0.5, 0.5] } }] },
      },
    ],
  },
  '00181030': { vr: 'LO', Value: ['protocol'] },
  '00291010': { vr: 'OB', InlineBinary: 'AQID' },
  '7FE00010': { vr: 'OW', BulkDataURI: 'http://server/bulk' },
};

describe('jsonToPart10 (WADO-RS metadata + frames)', () => {
  it('round-trips attributes, sequences and frames through the parser', async () => {
    const frames = [Int16Array.from([-1, 2]), Int16Array.from([300, -400])].map((f) => new Uint8Array(f.buffer));
    const r = parseInstance(jsonToPart10(json, frames), 'wado');
    if (!r.ok) throw new Error(r.error.reason);
    const i = r.value;
    expect(i).toMatchObject({ sopInstanceUID: '1.2.3.9', patientName: 'Doe^Jane', modality: 'CT', numberOfFrames: 2, rescaleIntercept: -1024, transferSyntaxUID: '1.2.840.10008.1.2.1' });
    expect(i.frames?.map((f) => f.imagePositionPatient)).toEqual([
      [0, 0, 0],
      [0, 0, 5],
    ]);
    expect(i.frames?.[1].imageOrientationPatient).toEqual([1, 0, 0, 0, 1, 0]);
    expect(i.pixelSpacing).toEqual([0.5, 0.5]);
    const el = i.dataSet.elements.x00291010;
    expect(Array.from(i.byteArray.subarray(el.dataOffset, el.dataOffset + 3))).toEqual([1, 2, 3]);
    const d = await decodeFrames(i);
    expect(d.ok && Array.from(d.value.data)).toEqual([-1, 2, 300, -400]);
  });
});
