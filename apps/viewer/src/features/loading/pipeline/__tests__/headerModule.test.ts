import { describe, expect, it } from 'vitest';
import { parseInstance } from '@caliper/dicom';
import { writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import { headerModule } from '../headerModule';

const parsed = () => {
  const bytes = writeSlice({
    sop: '1.2.3.9',
    series: '1.2.3.4.7',
    modality: 'MR',
    ipp: [-10, 20.5, 30],
    iop: [1, 0, 0, 0, 1, 0],
    spacing: [0.8, 0.6],
    rows: 2,
    columns: 3,
    pixels: new Int16Array(6),
    slope: 2,
    intercept: -5,
    extra: [
      { tag: 0x00281050, vr: 'DS', value: '40\\50' },
      { tag: 0x00281051, vr: 'DS', value: '400\\500' },
    ],
  });
  const r = parseInstance(bytes, 'slice.dcm');
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
};

describe('headerModule', () => {
  it('answers the modules derived labelmap images copy (series, pixel) from the parsed header', () => {
    const inst = parsed();
    expect(headerModule('generalSeriesModule', inst)).toMatchObject({ modality: 'MR', seriesInstanceUID: '1.2.3.4.7', studyInstanceUID: '1.2.3.4' });
    expect(headerModule('imagePixelModule', inst)).toEqual({
      samplesPerPixel: 1,
      photometricInterpretation: 'MONOCHROME2',
      rows: 2,
      columns: 3,
      bitsAllocated: 16,
      bitsStored: 16,
      highBit: 15,
      pixelRepresentation: 1,
      planarConfiguration: 0,
    });
  });

  it('gives the plane as @cornerstonejs/metadata does: pixelSpacing [row, column], cosines split', () => {
    expect(headerModule('imagePlaneModule', parsed())).toMatchObject({
      rows: 2,
      columns: 3,
      rowCosines: [1, 0, 0],
      columnCosines: [0, 1, 0],
      imagePositionPatient: [-10, 20.5, 30],
      pixelSpacing: [0.8, 0.6],
      rowPixelSpacing: 0.8,
      columnPixelSpacing: 0.6,
    });
  });

  it('gives the VOI and modality LUT values, every window of a multi-valued tag', () => {
    const inst = parsed();
    expect(headerModule('voiLutModule', inst)).toEqual({ windowCenter: [40, 50], windowWidth: [400, 500] });
    expect(headerModule('modalityLutModule', inst)).toEqual({ rescaleIntercept: -5, rescaleSlope: 2, rescaleType: undefined });
    expect(headerModule('sopCommonModule', inst)).toEqual({ sopClassUID: '1.2.840.10008.5.1.4.1.1.2', sopInstanceUID: '1.2.3.9' });
  });

  it('leaves modules it does not know to the other providers', () => {
    expect(headerModule('scalingModule', parsed())).toBeUndefined();
  });
});
