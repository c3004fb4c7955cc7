import { describe, expect, it } from 'vitest';
import { computeParkerAif } from '../src/perfusion/computeParkerAif';
import { convertSignalToConcentration } from '../src/perfusion/convertSignalToConcentration';
import { createKineticBasis } from '../src/perfusion/kineticBasis';
import { fitKineticModel } from '../src/perfusion/fitKineticModel';
import { fitVfaT1 } from '../src/perfusion/fitVfaT1';
import { cellArray, readOsipiCsv, withinOsipi } from './readOsipiCsv';
import { referenceFolder } from './referenceData';

// OSIPI DCE-DSC-MRI_CodeCollection reference curves and tolerances (../shared/reference-data/dce-osipi,
// see its README): every case must pass with OSIPI's own tolerance, |got − ref| ≤ a + r·|ref|.
const { dir, exists } = referenceFolder('dce-osipi');

describe.skipIf(!exists)('OSIPI DCE reference curves through the engine', () => {
  it('Tofts: 25 QIBA DRO v11 curves (Ktrans a 0.005 + r 0.1, ve a 0.05)', () => {
    const rows = readOsipiCsv(dir, 'dce_DRO_data_tofts.csv.gz');
    expect(rows).toHaveLength(25);
    const failed: string[] = [];
    for (const row of rows) {
      const t = cellArray(row.ta), timesMin = Float64Array.from(cellArray(row.t), (x) => x / 60);
      const basis = createKineticBasis({ timesMin: Float64Array.from(t, (x) => x / 60), plasmaMm: cellArray(row.ca) }, timesMin);
      const fit = fitKineticModel(cellArray(row.C), basis, { model: 'tofts' });
      if (!withinOsipi(fit.ktransPerMin, +row.Ktrans, 0.005, 0.1) || !withinOsipi(fit.ve!, +row.ve, 0.05, 0)) failed.push(`${row.label}: Ktrans ${fit.ktransPerMin} (${row.Ktrans}), ve ${fit.ve} (${row.ve})`);
    }
    expect(failed).toEqual([]);
  });

  it('extended Tofts: 15 brain-DRO curves (Ktrans a 0.005 + r 0.1, ve a 0.05, vp a 0.025)', () => {
    const rows = readOsipiCsv(dir, 'dce_DRO_data_extended_tofts.csv.gz');
    expect(rows).toHaveLength(15);
    const failed: string[] = [];
    for (const row of rows) {
      const timesMin = Float64Array.from(cellArray(row.t), (x) => x / 60);
      const basis = createKineticBasis({ timesMin: Float64Array.from(cellArray(row.ta), (x) => x / 60), plasmaMm: cellArray(row.ca) }, timesMin);
      const fit = fitKineticModel(cellArray(row.C), basis, { model: 'etofts' });
      const ok = withinOsipi(fit.ktransPerMin, +row.Ktrans, 0.005, 0.1) && withinOsipi(fit.ve!, +row.ve, 0.05, 0) && withinOsipi(fit.vp!, +row.vp, 0.025, 0);
      if (!ok) failed.push(`${row.label}: Ktrans ${fit.ktransPerMin} (${row.Ktrans}), ve ${fit.ve} (${row.ve}), vp ${fit.vp} (${row.vp})`);
    }
    expect(failed).toEqual([]);
  });

  it('Patlak: 9 simulated curves (PS = Ktrans a 0.005 + r 0.1, vp a 0.025)', () => {
    const rows = readOsipiCsv(dir, 'patlak_sd_0.02_delay_0.csv.gz');
    expect(rows).toHaveLength(9);
    const failed: string[] = [];
    for (const row of rows) {
      const timesMin = Float64Array.from(cellArray(row.t), (x) => x / 60);
      const fit = fitKineticModel(cellArray(row.C_t), createKineticBasis({ timesMin, plasmaMm: cellArray(row.cp_aif) }, timesMin), { model: 'patlak' });
      if (!withinOsipi(fit.ktransPerMin, +row.ps, 0.005, 0.1) || !withinOsipi(fit.vp!, +row.vp, 0.025, 0)) failed.push(`${row.label}: Ktrans ${fit.ktransPerMin} (${row.ps}), vp ${fit.vp} (${row.vp})`);
    }
    expect(failed).toEqual([]);
  });

  it('2CXM: 24 simulated curves (vp a 0.025, ve a 0.05, Fp a 5 + r 0.1 mL/100 mL/min, PS a 0.005 + r 0.1)', () => {
    const rows = readOsipiCsv(dir, '2cxm_sd_0.001_delay_0.csv.gz');
    expect(rows).toHaveLength(24);
    const failed: string[] = [];
    for (const row of rows) {
      const timesMin = Float64Array.from(cellArray(row.t), (x) => x / 60);
      const fit = fitKineticModel(cellArray(row.C_t), createKineticBasis({ timesMin, plasmaMm: cellArray(row.cp_aif) }, timesMin), { model: '2cxm' });
      const ok = withinOsipi(fit.vp!, +row.vp, 0.025, 0) && withinOsipi(fit.ve!, +row.ve, 0.05, 0) && withinOsipi(fit.fpMlPer100mlMin!, +row.fp, 5, 0.1) && withinOsipi(fit.psPerMin!, +row.ps, 0.005, 0.1);
      if (!ok) failed.push(`${row.label}: vp ${fit.vp} ve ${fit.ve} Fp ${fit.fpMlPer100mlMin} PS ${fit.psPerMin}`);
    }
    expect(failed).toEqual([]);
  });

  it('Parker AIF: 1931 samples at 11 resolutions (a 1e-4 + r 0.01)', () => {
    const rows = readOsipiCsv(dir, 'ParkerAIF_ref.csv.gz');
    const bad = rows.filter((r) => !withinOsipi(computeParkerAif([+r.time])[0], +r.Cb, 1e-4, 0.01));
    expect(rows.length).toBeGreaterThan(1900);
    expect(bad).toEqual([]);
  });

  it('signal → concentration: 5 curves (a 1e-5 + r 1e-5); OSIPI leaves the first baseline sample out', () => {
    for (const row of readOsipiCsv(dir, 'SI2Conc_data.csv.gz')) {
      const s = cellArray(row.s), ref = cellArray(row.conc);
      const c = convertSignalToConcentration(s, { baselineCount: +row.numbaselinepts, baselineStart: 1, flipAngleDeg: +row.FA, trMs: +row.TR * 1000, t10Ms: +row.T1base * 1000, r1PerMmS: +row.r1 })!;
      const bad = Array.from(ref).filter((r, q) => !withinOsipi(c[q], r, 1e-5, 1e-5));
      expect(bad, row.label).toEqual([]);
    }
  });

  it('VFA T1: 45 QIBA T1 DRO voxels (R1 a 0.05 /s + r 0.05)', () => {
    const rows = readOsipiCsv(dir, 't1_quiba_data.csv.gz');
    const failed = rows.filter((row) => {
      const fit = fitVfaT1(cellArray(row.s), cellArray(row.FA), cellArray(row.TR)[0] * 1000);
      return !fit || !withinOsipi(1000 / fit.t1Ms, +row.R1 * 1000, 0.05, 0.05);
    });
    expect(rows.length).toBe(45);
    expect(failed.map((r) => r.label)).toEqual([]);
  });
});
