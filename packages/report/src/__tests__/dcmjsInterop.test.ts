import dcmjs from 'dcmjs';
import { describe, expect, it } from 'vitest';
import { exportReading } from '../exportReading';
import { syntheticContext, syntheticReading } from '../fixtures/syntheticReading';

/** OHIF and Cornerstone's adapters parse SR/SEG with dcmjs: it must read what Caliper writes. */
describe('dcmjs reads Caliper SR and SEG', () => {
  const e = exportReading(syntheticReading(), syntheticContext());
  const read = (bytes: Uint8Array) => {
    const file = dcmjs.data.DicomMessage.readFile(bytes.slice().buffer as ArrayBuffer);
    return dcmjs.data.DicomMetaDictionary.naturalizeDataset(file.dict);
  };

  it('SR: TID 1500 root, measurement groups, exact FloatingPointValue', () => {
    const ds = read(e.sr);
    expect(ds.ConceptNameCodeSequence[0].CodeValue).toBe('126000');
    const measurements = ds.ContentSequence.find((c: any) => c.ConceptNameCodeSequence?.[0]?.CodeValue === '126010');
    expect(measurements.ContentSequence).toHaveLength(6);
    const pet = measurements.ContentSequence[2];
    const suvmax = pet.ContentSequence.find((c: any) => c.ValueType === 'NUM');
    expect(suvmax.MeasuredValueSequence[0].FloatingPointValue).toBe(12.345678901234567);
    expect(suvmax.MeasuredValueSequence[0].MeasurementUnitsCodeSequence[0].CodeValue).toBe('{SUVbw}g/ml');
  });

  it('SEG: frames, segments and bit-packed pixel data', () => {
    const ds = read(e.seg!);
    expect(ds.NumberOfFrames).toBe(e.segs[0].frameCount);
    expect(ds.PerFrameFunctionalGroupsSequence).toHaveLength(e.segs[0].frameCount);
    expect(ds.SegmentSequence.map((s: any) => s.SegmentLabel)).toEqual(['Lesion 1', 'Lesion 2']);
    expect(new Uint8Array(ds.PixelData[0]).length).toBe(Math.ceil((e.segs[0].frameCount * 32 * 24) / 8));
  });
});
