import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import dcmjs from 'dcmjs';
import { exportReading } from '../../exportReading';
import { importReading } from '../../importReading';
import { parseReading } from '../../model/parseReading';
import type { LesionRadiomics } from '../../model/radiomicsSchema';
import { CT_SERIES, syntheticContext, syntheticReading } from '../../fixtures/syntheticReading';
import { radiomicsUnitCode } from '../radiomicsUcum';

const radiomics: LesionRadiomics = {
  seriesInstanceUID: CT_SERIES,
  unit: 'HU',
  modality: 'CT',
  settings: { name: 'A', approach: '2D', interpolation: null, resegmentation: { range: [-500, 400], outlierSigma: null }, discretisation: { method: 'FBS', binWidth: 25, lowerBound: -500 }, ivh: { method: 'none' } },
  caliperVersion: '0.1.0',
  computedAt: '2026-12-07T02:30:00.000Z',
  roi: { morphologicalVoxels: 1234, intensityVoxels: 1200 },
  features: [
    { key: 'RNU0', name: 'Volume (mesh)', family: 'morphology', value: 358000.123456789, unit: 'mm3' },
    { key: 'Q4LE', name: 'Mean intensity', family: 'intensity_statistics', value: -12.5, unit: 'HU' },
    { key: 'ECT3', name: 'Intensity variance', family: 'intensity_statistics', value: 1e-7 / 3, unit: '(HU)2' },
    { key: '8ZQL.2D:AVG', name: 'Angular second moment', family: 'GLCM', aggregation: '2D, averaged', value: 0.045, unit: '1' },
    { key: 'QCDE.2.5D', name: 'Coarseness', family: 'NGTDM', aggregation: '2.5D', value: 9.06e-5, unit: '1' },
    { key: 'BC2M.V10', name: 'Volume at intensity fraction', family: 'intensity_volume_histogram', value: 0.978, unit: '1' },
    { key: 'N365', name: "Moran's I index", family: 'morphology', value: null, unit: '1' },
  ],
};

const base = syntheticReading();
const reading = { ...base, lesions: base.lesions.map((l, i) => (i === 0 ? { ...l, radiomics } : l)) };

/** Every content item of the SR, depth first. */
function items(ds: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (x: Record<string, unknown>) => {
    const c = x.ContentSequence;
    for (const ch of (Array.isArray(c) ? c : c ? [c] : []) as Record<string, unknown>[]) {
      out.push(ch);
      walk(ch);
    }
  };
  walk(ds);
  return out;
}

describe('radiomics in the reading and the SR', () => {
  it('the schema (v4) accepts a lesion with radiomics; a v3 record migrates unchanged', () => {
    const p = parseReading(reading);
    expect(p.ok).toBe(true);
    const v3 = parseReading({ ...base, schemaVersion: 3 });
    expect(v3.ok && v3.migratedFrom).toBe(3);
  });

  const exported = exportReading(reading, syntheticContext());
  const ds = dcmjs.data.DicomMetaDictionary.naturalizeDataset(dcmjs.data.DicomMessage.readFile(exported.sr.buffer.slice(exported.sr.byteOffset, exported.sr.byteOffset + exported.sr.byteLength) as ArrayBuffer).dict) as Record<string, unknown>;
  const nums = items(ds).filter((i) => i.ValueType === 'NUM' && (i.ConceptNameCodeSequence as { CodingSchemeDesignator: string }[])[0]?.CodingSchemeDesignator === 'IBSI');

  it('writes one NUM per feature coded with its IBSI code (scheme IBSI), the aggregation as an IBSI code', () => {
    expect(exported.warnings).toEqual([]);
    expect(nums.map((n) => (n.ConceptNameCodeSequence as { CodeValue: string }[])[0].CodeValue)).toEqual(['RNU0', 'Q4LE', 'ECT3', '8ZQL', 'QCDE', 'BC2M', 'N365']);
    const glcm = nums[3].ContentSequence as { ConceptCodeSequence?: { CodeValue: string; CodingSchemeDesignator: string }[] }[];
    expect(glcm.some((c) => c.ConceptCodeSequence?.[0].CodeValue === 'BTW3' && c.ConceptCodeSequence[0].CodingSchemeDesignator === 'IBSI')).toBe(true);
    const units = nums.slice(0, 3).map((n) => (n.MeasuredValueSequence as { MeasurementUnitsCodeSequence: { CodeValue: string }[] }[])[0].MeasurementUnitsCodeSequence[0].CodeValue);
    expect(units).toEqual(['mm3', "[hnsf'U]", "([hnsf'U])2"]);
    // Undefined for the ROI: no value, "Not a number".
    expect(nums[6].MeasuredValueSequence ?? []).toEqual([]);
    expect((nums[6].NumericValueQualifierCodeSequence as { CodeValue: string }[])[0].CodeValue).toBe('114000');
  });

  it('reads back the same radiomics block (values exact, null kept, keys with their qualifiers)', () => {
    const back = importReading({ sr: exported.sr, segs: exported.segs.map((s) => s.bytes) }, { target: () => undefined });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const l = back.value.reading.lesions.find((x) => x.id === reading.lesions[0].id)!;
    const { features, ...rest } = radiomics;
    expect(l.radiomics).toEqual({ ...rest, features: features.map(({ family: _f, ...f }) => f) });
    expect(back.value.reading.lesions.filter((x) => x.radiomics).length).toBe(1);
    expect(back.value.skipped.filter((s) => /radiomics|IBSI/i.test(s.reason))).toEqual([]);
  });

  it.skipIf(!existsSync('/usr/bin/dciodvfy'))('the SR with radiomics has no IOD errors (dciodvfy)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'caliper-rad-sr-')), 'reading.sr.dcm');
    writeFileSync(file, exported.sr);
    const r = spawnSync('/usr/bin/dciodvfy', [file], { encoding: 'utf8' });
    const out = `${r.stdout}${r.stderr}`;
    expect(out.split('\n').filter((l) => /^\s*Error/.test(l))).toEqual([]);
  });

  it('radiomics units in UCUM', () => {
    expect(radiomicsUnitCode('mm-1').value).toBe('/mm');
    expect(radiomicsUnitCode('HU·mm3').value).toBe("[hnsf'U].mm3");
    expect(radiomicsUnitCode('SUVbw').value).toBe('{SUVbw}g/ml');
    expect(radiomicsUnitCode('raw').value).toBe('{raw}');
    expect(radiomicsUnitCode('count')).toEqual({ value: '{count}', scheme: 'UCUM', meaning: 'count' });
  });
});
