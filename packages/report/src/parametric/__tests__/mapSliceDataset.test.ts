import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { patientPoint, type Geometry } from '@caliper/core';
import { readPart10, writePart10 } from '../../dicom/part10';
import { CT_IMAGE_STORAGE, mapSliceDataset, MR_IMAGE_STORAGE, type MapSeriesIds } from '../mapSliceDataset';

const DCIODVFY = '/usr/bin/dciodvfy';
const dir = mkdtempSync(path.join(tmpdir(), 'caliper-mapslice-'));
const geometry: Geometry = { dimensions: [3, 2, 2], origin: patientPoint(-10, 5, 20), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [0.5, 0.5, 5] };
const ids: MapSeriesIds = {
  seriesInstanceUID: '2.25.100', seriesNumber: 901, description: 'CBF (test)', derivation: 'CBF by oSVD', date: '20261207', time: '120000',
  parameter: 'CBF', ucum: 'mL/(100.g.min)', unitMeaning: 'mL/100 g/min', slope: 0.1,
};
const pixels = Uint16Array.from([0, 10, 20, 30, 40, 500]);
const ctSource = { PatientName: 'P^Q', PatientID: 'X', StudyInstanceUID: '2.25.7', FrameOfReferenceUID: '2.25.8', KVP: '80', BodyPartExamined: 'HEAD', EchoTime: '30' };

function errorsOf(ds: Record<string, unknown>, name: string): string[] | null {
  if (!existsSync(DCIODVFY)) return null;
  const file = path.join(dir, name);
  writeFileSync(file, writePart10(ds));
  const r = spawnSync(DCIODVFY, [file], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`.split('\n').filter((l) => /^\s*Error/.test(l));
}

describe('mapSliceDataset', () => {
  it('writes a CT map as CT Image Storage: the slope as Rescale (type 1 in CT) with RescaleType US, MR attributes dropped', () => {
    const ds = mapSliceDataset(ctSource, geometry, 1, pixels, { ...ids, modality: 'CT' }, '2.25.101');
    expect(ds.SOPClassUID).toBe(CT_IMAGE_STORAGE);
    expect(ds.Modality).toBe('CT');
    expect([ds.RescaleSlope, ds.RescaleIntercept, ds.RescaleType]).toEqual([0.1, 0, 'US']);
    expect(ds.EchoTime).toBeUndefined();
    expect(ds.ScanningSequence).toBeUndefined();
    expect(ds.KVP).toBe('80');
    expect(ds.ImagePositionPatient).toEqual([-10, 5, 25]);
    expect(ds.ImageType).toEqual(['DERIVED', 'SECONDARY', 'PERFUSION', 'CBF']);
    const back = readPart10(writePart10(ds));
    expect(back.ok && back.value.RealWorldValueMappingSequence[0].RealWorldValueSlope).toBe(0.1);
    const errors = errorsOf(ds, 'ct.dcm');
    if (errors === null) console.warn('[skip] dciodvfy not installed: CT IOD not validated');
    else expect(errors).toEqual([]);
  });

  it('writes an MR map without Rescale, with the GR/SP sequence defaults, and ADC-style overrides', () => {
    const mr = mapSliceDataset({ PatientID: 'X', BodyPartExamined: 'HEAD' }, geometry, 0, pixels, ids, '2.25.102');
    expect(mr.SOPClassUID).toBe(MR_IMAGE_STORAGE);
    expect(mr.RescaleSlope).toBeUndefined();
    expect([mr.ScanningSequence, mr.SequenceVariant]).toEqual([['GR'], ['SP']]);
    const adc = mapSliceDataset({}, geometry, 0, pixels, { ...ids, imageType3: 'DIFFUSION MAP', sequence: { scanning: 'EP', variant: 'NONE' }, window: { center: 1000, width: 2000 } }, '2.25.103');
    expect(adc.ImageType).toEqual(['DERIVED', 'SECONDARY', 'DIFFUSION MAP', 'CBF']);
    expect([adc.ScanningSequence, adc.WindowCenter, adc.WindowWidth]).toEqual([['EP'], 1000, 2000]);
  });

  it('adds an empty Laterality only for a paired or unstated body part (the type 2C condition)', () => {
    expect(mapSliceDataset({ BodyPartExamined: 'HEAD' }, geometry, 0, pixels, ids, '2.25.104').Laterality).toBeUndefined();
    expect(mapSliceDataset({ BodyPartExamined: 'BREAST' }, geometry, 0, pixels, ids, '2.25.105').Laterality).toBe('');
    expect(mapSliceDataset({}, geometry, 0, pixels, ids, '2.25.106').Laterality).toBe('');
    expect(mapSliceDataset({ BodyPartExamined: 'BREAST', Laterality: 'R' }, geometry, 0, pixels, ids, '2.25.107').Laterality).toBe('R');
  });
});
