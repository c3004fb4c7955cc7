import { describe, expect, it } from 'vitest';
import { encodeDataSet } from '../../diffusion/__tests__/encodeDataSet';
import { readPetSuvTags } from '../readPetSuvTags';

describe('readPetSuvTags', () => {
  it('reads the radiopharmaceutical sequence and standard tags', () => {
    // RadiopharmaceuticalInformationSequence with one item, explicit length.
    const item = encodeItem([['00181072', 'TM', '100000'], ['00181074', 'DS', '368080000'], ['00181075', 'DS', '6586.2']]);
    const ds = encodeDataSet([['00541001', 'CS', 'BQML'], ['00101030', 'DS', '70'], ['00280051', 'CS', 'ATTN\\DECY'], ['00540016', 'SQ', item]]);
    expect(readPetSuvTags(ds)).toMatchObject({ units: 'BQML', patientWeightKg: 70, correctedImage: ['ATTN', 'DECY'], radiopharmaceuticalStartTime: '100000', radionuclideTotalDose: 368080000, radionuclideHalfLifeS: 6586.2 });
  });
  it('private tags through their creators: GE GEMS_PETD_01 in block 0x11, Philips in block 0x10', () => {
    const ds = encodeDataSet([
      ['00090010', 'LO', 'GEMS_IDEN_01'], ['0009100d', 'DT', '19990101000000'],
      ['00090011', 'LO', 'GEMS_PETD_01'], ['0009110d', 'DT', '20250101110000'],
      ['70530010', 'LO', 'Philips PET Private Group'], ['70531000', 'DS', '0.000551'], ['70531009', 'DS', '1.602563'],
    ]);
    const t = readPetSuvTags(ds);
    expect(t.geScanDateTime).toBe('20250101110000');
    expect(t.philipsSuvScaleFactor).toBe(0.000551);
    expect(t.philipsActivityConcentrationScaleFactor).toBe(1.602563);
  });
});

/** An SQ value holding one item (explicit length) of explicit-VR LE elements. */
function encodeItem(elements: [string, string, string][]): Uint8Array {
  const body: number[] = [];
  for (const [tag, vr, value] of elements) {
    const bytes = Array.from(new TextEncoder().encode(value));
    if (bytes.length % 2) bytes.push(0x20);
    const g = parseInt(tag.slice(0, 4), 16), e = parseInt(tag.slice(4), 16);
    body.push(g & 0xff, g >> 8, e & 0xff, e >> 8, vr.charCodeAt(0), vr.charCodeAt(1), bytes.length & 0xff, bytes.length >> 8, ...bytes);
  }
  const n = body.length;
  return Uint8Array.from([0xfe, 0xff, 0x00, 0xe0, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24, ...body]);
}
