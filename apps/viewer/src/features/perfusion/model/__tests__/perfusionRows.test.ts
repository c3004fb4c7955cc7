import { describe, expect, it } from 'vitest';
import type { PerfusionRoiReply } from '../../../measure/worker/createDceApi';
import { perfusionRows } from '../perfusionRows';

const curve = (n: number) => ({ voxelCount: n, signal: [1, 1, 0.5], delta: [0, 0, 23.1] });
const base = { timesS: [0, 1.5, 3], baselineCount: 8, bolusArrivalS: 11.9, bolusArrivalMethod: 'detected', tissue: curve(40), aif: curve(6), computeMs: 2 };

describe('perfusionRows', () => {
  it('DSC: rCBV corrected / uncorrected, rCBF, MTT in s, K2 in /s; a missing reference says why', () => {
    const r: PerfusionRoiReply = {
      ...base, kind: 'dsc', deltaUnit: '/s', second: null,
      dsc: { rcbv: { why: 'no reference ROI (NAWM)' }, rcbvUncorrected: { why: 'no reference ROI (NAWM)' }, rcbf: { value: 2.345 }, mttS: { value: 4.256 }, k2PerS: { value: 0.00123 }, cbvRelAif: 0.05, cbfRelAifPerS: 0.01, oscillationIndex: 0.09, threshold: 0.15 },
    };
    const rows = Object.fromEntries(perfusionRows(r).map((x) => [x.key, x]));
    expect(rows.rcbv.value).toBe('not computable: no reference ROI (NAWM)');
    expect([rows.rcbf.value, rows.mtt.value, rows.mtt.unit, rows.k2.value, rows.k2.unit]).toEqual(['2.35', '4.26', 's', '0.0012', '/s']);
    expect(rows.rcbv.title).toMatch(/Boxerman–Schmainda–Weisskoff/);
    expect(rows.mtt.title).toMatch(/OI 0\.090 at threshold 15\.0 %/);
  });

  it('CT: BF, BV, MTT, PS with units; PS not computable with the reason; venous scaling', () => {
    const r: PerfusionRoiReply = {
      ...base, kind: 'ctp', deltaUnit: 'HU', second: curve(9),
      ctp: { bfMlPer100gMin: { value: 61.04 }, bvMlPer100g: { value: 3.456 }, mttS: { value: 3.397 }, psMlPer100gMin: { why: 'fewer than 3 phases after the arterial first pass' }, bvAreaRatioMlPer100g: 4.1, partialVolumeScale: 1.25 },
    };
    const rows = Object.fromEntries(perfusionRows(r).map((x) => [x.key, x]));
    expect([rows.bf.value, rows.bf.unit, rows.bv.value, rows.bv.unit, rows.mtt.value]).toEqual(['61.0', 'mL/100 g/min', '3.46', 'mL/100 g', '3.40']);
    expect(rows.ps.value).toBe('not computable: fewer than 3 phases after the arterial first pass');
    expect(rows.pvs.value).toBe('1.250');
    expect(rows.bf.title).toMatch(/venous ROI \(9 voxels\): ∫VOF\/∫AIF = 1\.250/);
    expect(rows.bv.title).toMatch(/leaked contrast is not counted; the area ratio .* 4\.10 mL\/100 g/);
  });
});
