import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { readPart10 } from '../../dicom/part10';
import { exportParametricMap, PARAMETRIC_MAP_STORAGE } from '../exportParametricMap';
import type { MapSource } from '../mapSource';
import { niceSlope } from '../niceSlope';
import { CTP_PARAMETERS, DSC_PARAMETERS, PERFUSION_PARAMETERS } from '../perfusionParameters';
import { readSourceAttributes } from '../sourceAttributes';
import { upperPercentile, writeMapSeries } from '../writeMapSeries';

const DCIODVFY = '/usr/bin/dciodvfy';
const hasDciodvfy = existsSync(DCIODVFY);
const dir = mkdtempSync(path.join(tmpdir(), 'caliper-pmap-'));

// A 4 × 3 × 2 oblique grid; Ktrans = 0.01 · (v + 1) /min, one negative voxel (stored as 0 in MR).
const header: Record<string, string> = {
  x00100010: 'Test^Patient', x00100020: 'P-1', x0020000d: '2.25.1', x00080020: '20260101', x00200052: '2.25.2',
  x00180020: 'GR', x00180021: 'SP\\SS', x00180080: '4', x00180081: '1.2', x00200060: 'L', x00081030: 'DCE breast',
};
const source: MapSource = {
  geometry: { dimensions: [4, 3, 2], origin: patientPoint(-10, 5, 20), rowDirection: [1, 0, 0], columnDirection: [0, 0.8, -0.6], sliceDirection: [0, 0.6, 0.8], spacing: [0.8, 0.9, 3] },
  slices: [readSourceAttributes((tag) => header[tag])],
  seriesInstanceUID: '2.25.3', sopClassUID: '1.2.840.10008.5.1.4.1.1.4', sopInstanceUIDs: ['2.25.41', '2.25.42'],
};
const values = Float32Array.from({ length: 24 }, (_, v) => 0.01 * (v + 1));
values[5] = -0.02;
const now = new Date('2026-12-07T15:00:00Z');

/** A decoded binary value (ArrayBuffer or a byte view) copied into its own buffer. */
const bufferOf = (raw: unknown): ArrayBuffer => {
  const b = raw instanceof ArrayBuffer ? new Uint8Array(raw) : new Uint8Array((raw as Uint8Array).buffer, (raw as Uint8Array).byteOffset, (raw as Uint8Array).byteLength);
  return b.slice().buffer;
};

function dciodvfy(bytes: Uint8Array, name: string): string[] {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const r = spawnSync(DCIODVFY, [file], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`.split('\n').filter((l) => /^\s*Error/.test(l));
}

describe('readSourceAttributes', () => {
  it('copies patient, study, frame of reference and acquisition attributes, splitting multi-valued CS', () => {
    const a = source.slices[0];
    expect(a.PatientName).toBe('Test^Patient');
    expect(a.SequenceVariant).toEqual(['SP', 'SS']);
    expect(a.Laterality).toBe('L');
    expect(a.PatientSex).toBeUndefined();
  });
});

describe('niceSlope', () => {
  it('is the smallest 1/2/5 × 10^k keeping the maximum within 16 bits', () => {
    expect(niceSlope(0.6)).toBe(1e-5);
    expect(niceSlope(1)).toBe(2e-5);
    expect(niceSlope(3)).toBe(5e-5);
    expect(niceSlope(0)).toBe(1e-6);
  });
});

describe('writeMapSeries (MR, Real World Value Mapping)', () => {
  const series = writeMapSeries(PERFUSION_PARAMETERS.ktrans, values, source, { method: 'etofts fit, parker AIF', seriesNumber: 9101, now });
  it('one file per slice; stored × slope = the value within half a slope (negatives 0)', () => {
    expect(series.files.map((f) => f.name)).toEqual(['KTRANS_0001.dcm', 'KTRANS_0002.dcm']);
    expect(series.slope).toBe(niceSlope(0.24));
    series.files.forEach((f, k) => {
      const r = readPart10(f.bytes);
      if (!r.ok) throw new Error(r.error);
      const ds = r.value;
      expect(ds.SOPClassUID).toBe('1.2.840.10008.5.1.4.1.1.4');
      expect(ds.ImageType).toEqual(['DERIVED', 'SECONDARY', 'PERFUSION', 'KTRANS']);
      const item = (ds.RealWorldValueMappingSequence as Record<string, unknown>[])[0];
      expect((item.MeasurementUnitsCodeSequence as Record<string, unknown>[])[0].CodeValue).toBe('/min');
      expect(Number(item.RealWorldValueSlope)).toBe(series.slope);
      const px = new Uint16Array(bufferOf((ds.PixelData as unknown[])[0]));
      for (let q = 0; q < 12; q++) {
        const want = Math.max(0, values[k * 12 + q]);
        expect(Math.abs(px[q] * series.slope - want)).toBeLessThanOrEqual(series.slope / 2 + 1e-9);
      }
    });
  });
  it.skipIf(!hasDciodvfy)('each slice has no IOD errors (dciodvfy)', () => {
    expect(dciodvfy(series.files[0].bytes, 'mr.dcm')).toEqual([]);
  });
});

/** The Quantity Definition code of a map file's (first) Real World Value Mapping item. */
const quantityCodeOf = (rwvm: Record<string, unknown>): string | undefined => {
  const q = (rwvm.QuantityDefinitionSequence as Record<string, unknown>[] | undefined)?.[0];
  return q ? String((q.ConceptCodeSequence as Record<string, unknown>[])[0].CodeValue) : undefined;
};

describe('perfusion quantities (PS3.16 codes) and the IOD of the source', () => {
  // A CT perfusion source: 80 kVp CT images.
  const ctHeader: Record<string, string> = { ...header, x00180060: '80', x00180015: 'HEAD' };
  for (const k of ['x00180020', 'x00180021', 'x00180080', 'x00180081', 'x00200060']) delete ctHeader[k];
  const ctSource: MapSource = { ...source, slices: [readSourceAttributes((tag) => ctHeader[tag])], sopClassUID: '1.2.840.10008.5.1.4.1.1.2' };
  const cases = [
    [DSC_PARAMETERS.rcbv, source, '126398', 'MR'], [DSC_PARAMETERS.rcbf, source, '126397', 'MR'], [DSC_PARAMETERS.mtt, source, '113052', 'MR'],
    [CTP_PARAMETERS.bf, ctSource, '126390', 'CT'], [CTP_PARAMETERS.bv, ctSource, '126391', 'CT'], [CTP_PARAMETERS.mtt, ctSource, '113052', 'CT'], [CTP_PARAMETERS.ps, ctSource, undefined, 'CT'],
    [PERFUSION_PARAMETERS.iaugc60, source, '126321', 'MR'], [PERFUSION_PARAMETERS.residual, source, undefined, 'MR'],
  ] as const;
  it.each(cases.map(([p, src, code, modality]) => [`${modality} ${p.parameter}`, p, src, code, modality] as const))('%s: its quantity code on the images and the Parametric Map, of the source IOD', (_name, param, src, code, modality) => {
    const slice = readPart10(writeMapSeries(param, values, src, { method: 'test', seriesNumber: 1, now }).files[0].bytes);
    if (!slice.ok) throw new Error(slice.error);
    expect(slice.value.Modality).toBe(modality);
    expect(slice.value.SOPClassUID).toBe(modality === 'CT' ? '1.2.840.10008.5.1.4.1.1.2' : '1.2.840.10008.5.1.4.1.1.4');
    expect(quantityCodeOf((slice.value.RealWorldValueMappingSequence as Record<string, unknown>[])[0])).toBe(code);
    if (modality === 'CT') expect([Number(slice.value.KVP), slice.value.EchoTime]).toEqual([80, undefined]);
    else expect(slice.value.KVP).toBeUndefined();
    const pm = readPart10(exportParametricMap(param, values, src, { method: 'test', seriesNumber: 2, now }).bytes);
    if (!pm.ok) throw new Error(pm.error);
    expect(pm.value.Modality).toBe(modality);
    const shared = (pm.value.SharedFunctionalGroupsSequence as Record<string, unknown>[])[0];
    expect(quantityCodeOf((shared.RealWorldValueMappingSequence as Record<string, unknown>[])[0])).toBe(code);
  });
  it.skipIf(!hasDciodvfy)('CT perfusion map slices and Parametric Maps have no IOD errors (dciodvfy)', () => {
    for (const [key, p] of Object.entries(CTP_PARAMETERS)) {
      const series = writeMapSeries(p, values, ctSource, { method: 'test', seriesNumber: 3, now });
      expect({ key, errors: dciodvfy(series.files[0].bytes, `${key}.ct.dcm`) }).toEqual({ key, errors: [] });
      const pm = exportParametricMap(p, values, ctSource, { method: 'test', seriesNumber: 4, now }).bytes;
      expect({ key, errors: dciodvfy(pm, `${key}.ctpm.dcm`) }).toEqual({ key, errors: [] });
    }
    for (const [key, p] of Object.entries(DSC_PARAMETERS)) {
      expect({ key, errors: dciodvfy(writeMapSeries(p, values, source, { method: 'test', seriesNumber: 5, now }).files[0].bytes, `${key}.mr.dcm`) }).toEqual({ key, errors: [] });
    }
  });
});

describe('writeMapSeries slope from the 99.9th percentile', () => {
  it('one outlier at the fit bound does not coarsen the other values; it is clipped and counted', () => {
    const kep = new Float32Array(24).fill(0.24);
    kep[3] = 4990; // a bounded noise voxel (Ktrans 5 / ve 0.001)
    expect(upperPercentile(kep, 0.999)).toBeCloseTo(4990, 3); // 24 values: the 99.9th percentile is the largest
    const many = new Float32Array(2000).fill(0.24);
    many[7] = 4990;
    expect(upperPercentile(many, 0.999)).toBeCloseTo(0.24, 6);
    const big: MapSource = { ...source, geometry: { ...source.geometry, dimensions: [40, 25, 2] } };
    const series = writeMapSeries(PERFUSION_PARAMETERS.kep, many, big, { method: 'etofts fit', now, seriesNumber: 902 });
    expect(series.slope).toBe(niceSlope(0.24));
    expect(series.clipped).toBe(1);
    const first = readPart10(series.files[0].bytes);
    if (!first.ok) throw new Error(first.error);
    const px = new Uint16Array(bufferOf(first.value.PixelData[0]));
    expect(px[0] * series.slope).toBeCloseTo(0.24, 5);
    expect(px[7]).toBe(65535);
    expect(String(first.value.DerivationDescription)).toMatch(/1 voxels above .* stored as 65535/);
  });
});

describe('exportParametricMap (Parametric Map, float)', () => {
  const pm = exportParametricMap(PERFUSION_PARAMETERS.ktrans, values, source, { method: 'etofts fit, parker AIF', seriesNumber: 9201, now });
  it('one float frame per slice, values unquantised, unit /min with the Ktrans quantity', () => {
    const r = readPart10(pm.bytes);
    if (!r.ok) throw new Error(r.error);
    const ds = r.value;
    expect(ds.SOPClassUID).toBe(PARAMETRIC_MAP_STORAGE);
    expect(Number(ds.NumberOfFrames)).toBe(2);
    const px = new Float32Array(bufferOf((ds.FloatPixelData as unknown[])[0]));
    expect(Array.from(px)).toEqual(Array.from(values));
    const shared = (ds.SharedFunctionalGroupsSequence as Record<string, unknown>[])[0];
    const rwvm = (shared.RealWorldValueMappingSequence as Record<string, unknown>[])[0];
    expect((rwvm.MeasurementUnitsCodeSequence as Record<string, unknown>[])[0]).toMatchObject({ CodeValue: '/min', CodingSchemeDesignator: 'UCUM' });
    const q = (rwvm.QuantityDefinitionSequence as Record<string, unknown>[])[0];
    expect((q.ConceptCodeSequence as Record<string, unknown>[])[0].CodeValue).toBe('126312');
    const frames = ds.PerFrameFunctionalGroupsSequence as Record<string, unknown>[];
    const ipp = (f: Record<string, unknown>) => ((f.PlanePositionSequence as Record<string, unknown>[])[0].ImagePositionPatient as number[]).map(Number);
    expect(ipp(frames[1])).toEqual([-10, 5 + 3 * 0.6, 20 + 3 * 0.8].map((x) => expect.closeTo(x, 6)));
    expect(ds.PatientName).toBeDefined();
  });
  it('rejects a map that does not fill the grid', () => {
    expect(() => exportParametricMap(PERFUSION_PARAMETERS.ve, new Float32Array(5), source, { method: 'x', seriesNumber: 1 })).toThrow(/5 values for a 4×3×2 grid/);
  });
  it.skipIf(!hasDciodvfy)('has no IOD errors (dciodvfy), for every parameter', () => {
    for (const [key, p] of Object.entries(PERFUSION_PARAMETERS)) {
      const bytes = exportParametricMap(p, values, source, { method: 'etofts fit, parker AIF', seriesNumber: 9201, now }).bytes;
      expect({ key, errors: dciodvfy(bytes, `${key}.pm.dcm`) }).toEqual({ key, errors: [] });
    }
  });
});
