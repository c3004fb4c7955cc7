import { describe, expect, it } from 'vitest';
import type { DceRoiReply } from '../../../measure/worker/createDceApi';
import { dceRows } from '../dceRows';

const reply: DceRoiReply = {
  voxelCount: 40, convertedCount: 40, bolusArrivalS: 30.46, bolusArrivalMethod: 'detected: population-AIF shift that best fits the ROI mean curve', baselineCount: 5,
  timesS: [0, 7, 14], signal: [1, 2, 1], concentrationMm: [0, 1, 0.5], aifMm: [0, 5, 2], aifPeakMm: 6, fitMm: [0, 1, 0.5],
  model: 'tofts', ktransPerMin: 0.6012, kepPerMin: 2.4, ve: 0.25, vp: null, residualMm: 0.00123,
  curve: { ttpS: 11.5, iaugc60MmS: 30.1, iaugc90MmS: null, washInMmPerMin: 7.35, washOutMmPerMin: -0.168, lateChangePct: -47.1, type: 'III' }, computeMs: 1,
};

describe('dceRows (the panel model)', () => {
  it('values with their units, a missing parameter as —, the method on hover', () => {
    const rows = Object.fromEntries(dceRows(reply).map((r) => [r.key, r]));
    expect([rows.ktrans.value, rows.ktrans.unit]).toEqual(['0.601', '/min']);
    expect([rows.kep.value, rows.ve.value, rows.vp.value]).toEqual(['2.400', '0.250', '—']);
    expect([rows.residual.value, rows.residual.unit]).toEqual(['0.0012', 'mM']);
    expect([rows.type.value, rows.ttp.value, rows.iaugc60.value, rows.iaugc90.value]).toEqual(['III', '11.5', '30.10', '—']);
    expect([rows.iaugc60.unit, rows.washIn.unit, rows.bat.value]).toEqual(['mM·s', 'mM/min', '30.5']);
    expect(rows.ktrans.title).toMatch(/Tofts fit to the ROI-mean concentration \(40 of 40 voxels converted\).*Levenberg–Marquardt/);
    expect(rows.type.title).toMatch(/late change .* = -47\.1 %/);
    expect(rows.bat.title).toMatch(/5 baseline phases/);
  });
});
