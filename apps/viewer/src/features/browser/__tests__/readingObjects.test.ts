import { describe, expect, it } from 'vitest';
import { isReadingObject, readingObjectsNote, splitReadingObjects } from '../readingObjects';

const CT_IMAGE = '1.2.840.10008.5.1.4.1.1.2';
const ENHANCED_MR = '1.2.840.10008.5.1.4.1.1.4.1';
const PET = '1.2.840.10008.5.1.4.1.1.128';

describe('isReadingObject', () => {
  it('image series are openable: CT, MR, PT, enhanced MR, RT Image', () => {
    expect(isReadingObject({ modality: 'CT', sopClassUID: CT_IMAGE, hasPixelData: true })).toBe(false);
    expect(isReadingObject({ modality: 'MR', sopClassUID: ENHANCED_MR })).toBe(false);
    expect(isReadingObject({ modality: 'PT', sopClassUID: PET })).toBe(false);
    expect(isReadingObject({ modality: 'RTIMAGE', sopClassUID: '1.2.840.10008.5.1.4.1.1.481.1' })).toBe(false);
  });
  it("Caliper's saved reading (Comprehensive 3D SR + SEG) and other non-image modalities are not", () => {
    for (const m of ['SR', 'SEG', 'RTSTRUCT', 'PR', 'KO', 'seg']) expect(isReadingObject({ modality: m }), m).toBe(true);
  });
  it('non-image SOP classes under an unexpected modality, and instances without pixel data', () => {
    expect(isReadingObject({ modality: 'OT', sopClassUID: '1.2.840.10008.5.1.4.1.1.88.34' })).toBe(true); // Comprehensive 3D SR
    expect(isReadingObject({ modality: 'MR', sopClassUID: '1.2.840.10008.5.1.4.1.1.66.4' })).toBe(true); // Segmentation
    expect(isReadingObject({ modality: 'OT', sopClassUID: '1.2.840.10008.5.1.4.1.1.88.59' })).toBe(true); // Key Object Selection
    expect(isReadingObject({ modality: 'OT', sopClassUID: '1.2.840.10008.5.1.4.1.1.11.1' })).toBe(true); // GSPS
    expect(isReadingObject({ modality: 'OT', sopClassUID: '1.2.840.10008.5.1.4.1.1.481.3' })).toBe(true); // RT Structure Set
    expect(isReadingObject({ modality: 'OT', sopClassUID: '1.2.840.10008.5.1.4.1.1.104.1' })).toBe(true); // Encapsulated PDF
    expect(isReadingObject({ modality: 'CT', sopClassUID: CT_IMAGE, hasPixelData: false })).toBe(true);
  });
});

describe('splitReadingObjects / readingObjectsNote', () => {
  it('a PACS study with Caliper reading: CT and PT stay series, SR + 2 SEG become a note', () => {
    const items = [
      { modality: 'CT', id: 'ct' },
      { modality: 'SEG', id: 'seg1' },
      { modality: 'PT', id: 'pt' },
      { modality: 'SR', id: 'sr' },
      { modality: 'SEG', id: 'seg2' },
    ];
    const { images, reading } = splitReadingObjects(items);
    expect(images.map((i) => i.id)).toEqual(['ct', 'pt']);
    expect(reading.map((i) => i.id)).toEqual(['seg1', 'sr', 'seg2']);
    expect(readingObjectsNote(reading.map((r) => r.modality))).toBe('3 reading objects (SEG, SR)');
    expect(readingObjectsNote(['SR'])).toBe('1 reading object (SR)');
    expect(readingObjectsNote([])).toBe('');
  });
});
