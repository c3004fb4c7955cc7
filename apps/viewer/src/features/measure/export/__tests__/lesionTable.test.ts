import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { MeasureResult } from '@caliper/engine';
import type { Lesion } from '../../model/lesion';
import { lesionTable, toCsv } from '../lesionTable';

const result: MeasureResult = {
  series: 's1', modality: 'PT', unit: 'SUVbw', voxelCount: 10, volumeMl: 0.64, mean: 3, sd: 1, min: 1, max: 5, median: 3, p10: 1.5, p90: 4.5,
  recist: null, maxDiameter3dMm: null, surfaceMm2: null, sphericity: null,
  suv: { type: 'SUVbw', max: 5, mean: 3, peak: 4, peakCenterMm: patientPoint(0, 0, 0), mtvMl: 0.64, tlg: 1.92 } as never, adc: null,
};
const lesion: Lesion = {
  id: 'a', name: 'Liver, "segment 4"', location: 'Axial z 10.0 mm', role: 'target', tool: 'sphere', version: 2, seriesUIDs: ['s1'],
  focusMm: patientPoint(0, 0, 0), shape: { kind: 'sphere', center: patientPoint(0, 0, 0), radiusMm: 5 },
};

describe('lesion table export', () => {
  it('rows carry unit and method; SUVpeak names the IBSI sphere', () => {
    const rows = lesionTable([lesion], { a: { s1: { version: 2, measurement: { result, linesMm: [], areaMm2: null } } } });
    const peak = rows.find((r) => r.biomarker === 'SUVpeak')!;
    expect(peak).toMatchObject({ value: 4, unit: 'SUVbw', method: 'IBSI 1 cm³ sphere (global intensity peak, radius 6.2035 mm)' });
    expect(rows.find((r) => r.biomarker === 'TLG')).toMatchObject({ value: 1.92, unit: 'SUVbw·mL' });
    const csv = toCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('lesion,location,role,tool,series,modality,biomarker,value,unit,method');
    expect(csv).toContain('"Liver, ""segment 4""",Axial z 10.0 mm,target,sphere,s1,PT,SUVmax,5,SUVbw,maximum voxel SUV in the ROI\r\n');
  });
  it('a lesion name from a hostile SR cannot start a spreadsheet formula', () => {
    const evil = { ...lesion, name: '=HYPERLINK("http://x","y")' };
    const rows = lesionTable([evil], { a: { s1: { version: 2, measurement: { result, linesMm: [], areaMm2: null } } } });
    expect(toCsv(rows)).toContain('"\'=HYPERLINK(""http://x"",""y"")",Axial z 10.0 mm,target,sphere,s1,PT,SUVmax,5,SUVbw,');
  });

  it('a PET threshold ROI: its PET rows are the lesion; its CT rows are marked as the search region', () => {
    const ct: MeasureResult = { ...result, modality: 'CT', unit: 'HU', volumeMl: 113.85, suv: null };
    const pet: Lesion = { ...lesion, tool: 'petThreshold', seriesUIDs: ['c1', 's1'], shape: { kind: 'petThreshold', within: { kind: 'sphere', center: patientPoint(0, 0, 0), radiusMm: 30 }, mode: { kind: 'percentOfMax', percent: 41 } } };
    const rows = lesionTable([pet], { a: { c1: { version: 2, measurement: { result: ct, linesMm: [], areaMm2: null } }, s1: { version: 2, measurement: { result, linesMm: [], areaMm2: null } } } });
    expect(rows.find((r) => r.biomarker === 'Volume')).toMatchObject({ modality: 'PT', value: 0.64 });
    expect(rows.find((r) => r.biomarker === 'Search region Volume')).toMatchObject({ modality: 'CT', value: 113.85 });
    expect(rows.filter((r) => r.modality === 'CT').every((r) => r.biomarker.startsWith('Search region ') && r.method.startsWith('search region'))).toBe(true);
  });
  it('a result for an older shape version is never exported', () => {
    expect(lesionTable([lesion], { a: { s1: { version: 1, measurement: { result, linesMm: [], areaMm2: null } } } })).toEqual([]);
  });
});
