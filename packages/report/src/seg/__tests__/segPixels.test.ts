import { describe, expect, it } from 'vitest';
import { decodeSegFrame, segFramesIn, segPixelEncoding, unitFractionMask } from '../segPixels';

describe('segPixelEncoding', () => {
  it('names each SEG kind from its SOP class, type and bits', () => {
    expect(segPixelEncoding({ sopClassUID: '1.2.840.10008.5.1.4.1.1.66.4', segmentationType: 'BINARY', bitsAllocated: 1 })).toEqual({ ok: true, value: { kind: 'BINARY' } });
    expect(segPixelEncoding({ segmentationType: 'FRACTIONAL', bitsAllocated: 8, maxFraction: 100 })).toEqual({ ok: true, value: { kind: 'FRACTIONAL', maxFraction: 100 } });
    expect(segPixelEncoding({ sopClassUID: '1.2.840.10008.5.1.4.1.1.66.7', segmentationType: 'LABELMAP', bitsAllocated: 16 })).toEqual({ ok: true, value: { kind: 'LABELMAP', bits: 16 } });
  });
  it('refuses what it cannot read, with the reason', () => {
    expect(segPixelEncoding({ sopClassUID: '1.2.840.10008.5.1.4.1.1.88.22' })).toEqual({ ok: false, error: 'not a DICOM Segmentation (SOP Class 1.2.840.10008.5.1.4.1.1.88.22)' });
    expect(segPixelEncoding({ segmentationType: 'LABELMAP', bitsAllocated: 1 })).toEqual({ ok: false, error: 'unsupported Label Map SEG with BitsAllocated 1 (8 or 16 expected)' });
    expect(segPixelEncoding({ segmentationType: 'BINARY', bitsAllocated: 8 })).toEqual({ ok: false, error: 'unsupported SegmentationType BINARY with BitsAllocated 8' });
  });
});

describe('decodeSegFrame: membership of one frame in a segment', () => {
  const out = new Uint8Array(3);
  it('LABELMAP 8-bit: label 1 is segment 1 (not a fraction 1/255)', () => {
    const px = Uint8Array.from([0, 1, 2, 1, 1, 0]);
    const enc = { kind: 'LABELMAP', bits: 8 } as const;
    expect(decodeSegFrame(px, enc, 0, 3, 1, out)).toBe(1);
    expect([...out]).toEqual([0, 1, 0]);
    expect(decodeSegFrame(px, enc, 1, 3, 1, out)).toBe(2);
    expect([...out]).toEqual([1, 1, 0]);
  });
  it('LABELMAP 16-bit little endian: labels above 255', () => {
    const px = Uint8Array.from([0x2c, 0x01, 2, 0, 0x2c, 0x01]); // 300, 2, 300
    expect(decodeSegFrame(px, { kind: 'LABELMAP', bits: 16 }, 0, 3, 300, out)).toBe(2);
    expect([...out]).toEqual([1, 0, 1]);
    expect(segFramesIn({ kind: 'LABELMAP', bits: 16 }, px.length, 3)).toBe(1);
  });
  it('FRACTIONAL: fraction ≥ 0.5; BINARY: bits packed across frames', () => {
    expect(decodeSegFrame(Uint8Array.from([127, 128, 255]), { kind: 'FRACTIONAL', maxFraction: 255 }, 0, 3, 1, out)).toBe(2);
    expect([...out]).toEqual([0, 1, 1]);
    // Frame 1 of 3-pixel frames is bits 3..5 of 0b00101000.
    expect(decodeSegFrame(Uint8Array.from([0b00101000]), { kind: 'BINARY' }, 1, 3, 1, out)).toBe(2);
    expect([...out]).toEqual([1, 0, 1]);
  });
});

describe('unitFractionMask', () => {
  const frac = { kind: 'FRACTIONAL' as const, maxFraction: 255 };
  // dcmjs's DerivedDataset equipment defaults (what its Cornerstone SEG adapter writes).
  const dcmjs = { manufacturer: 'Unspecified', modelName: 'Unspecified', softwareVersions: '0', deviceSerialNumber: '1' };
  const ai = { manufacturer: 'Acme AI', modelName: 'LesionNet', softwareVersions: '2.1' };
  it('a dcmjs/OHIF FRACTIONAL SEG storing only 0 and 1 is read as a binary mask, with a note', () => {
    const r = unitFractionMask(frac, Uint8Array.from([0, 1, 1, 0]), dcmjs);
    expect(r.enc).toEqual({ kind: 'FRACTIONAL', maxFraction: 1 });
    expect(r.note).toMatch(/from dcmjs\/OHIF holds only the values 0 and 1 \(MaximumFractionalValue 255\)/);
    const out = new Uint8Array(4);
    expect(decodeSegFrame(Uint8Array.from([0, 1, 1, 0]), r.enc, 0, 4, 1, out)).toBe(2);
    expect(unitFractionMask(frac, Uint8Array.from([0, 1]), { manufacturer: 'OHIF' }).enc).toEqual({ kind: 'FRACTIONAL', maxFraction: 1 });
  });
  it('from any other writer 0/1 fractions are 1/255 (outside), as PS3.3 says — a faint AI halo is no lesion — with a note', () => {
    const r = unitFractionMask(frac, Uint8Array.from([0, 1, 1, 0]), ai);
    expect(r.enc).toEqual(frac);
    expect(r.note).toMatch(/read as fractions 1\/255 \(below 0.5, outside\)/);
    expect(decodeSegFrame(Uint8Array.from([0, 1, 1, 0]), r.enc, 0, 4, 1, new Uint8Array(4))).toBe(0);
    expect(unitFractionMask(frac, Uint8Array.from([0, 1]), {}).enc).toEqual(frac);
  });
  it('a real probability map, an empty one and other kinds are left as they are', () => {
    expect(unitFractionMask(frac, Uint8Array.from([0, 1, 128, 255]), dcmjs)).toEqual({ enc: frac });
    expect(unitFractionMask(frac, new Uint8Array(4), dcmjs)).toEqual({ enc: frac });
    expect(unitFractionMask({ kind: 'BINARY' }, Uint8Array.from([1]), dcmjs)).toEqual({ enc: { kind: 'BINARY' } });
    expect(unitFractionMask({ kind: 'FRACTIONAL', maxFraction: 1 }, Uint8Array.from([1]), dcmjs)).toEqual({ enc: { kind: 'FRACTIONAL', maxFraction: 1 } });
  });
});
