import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cellArray, readOsipiCsv, withinOsipi } from '../../engine/conformance/readOsipiCsv';
import { DCE_TRUTH, writeDceStudy } from './dceStudy';
import { pixelValues, readDicomDir, referenceDir, runCaliper } from './helpers';
import { runDceInProcess } from './runDceInProcess';

// `caliper dce` (the contract of issue 15): OSIPI reference curves through --curves (in process: the
// command module itself), and a synthetic DICOM DCE study with analytic truth end to end (pnpm caliper).
const work = mkdtempSync(path.join(tmpdir(), 'caliper-dce-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const study = writeDceStudy(work);
const osipi = referenceDir('dce-osipi');
const rel = (got: number, want: number) => Math.abs(got - want) / want;

describe.skipIf(!osipi)('caliper dce --curves on the OSIPI DCE reference curves', () => {
  /** Writes the OSIPI cases of one file as a --curves CSV (AIF resampled at the tissue times when they differ). */
  function curvesCsv(file: string, cols: { t: string; c: string; ca: string; ta?: string }): { csv: string; rows: Record<string, string>[] } {
    const rows = readOsipiCsv(osipi!, file);
    const lines = ['curve,time_s,aif_mM,tissue_mM'];
    for (const r of rows) {
      const t = cellArray(r[cols.t]), c = cellArray(r[cols.c]), ca = cellArray(r[cols.ca]);
      if (cols.ta) expect(Array.from(cellArray(r[cols.ta]))).toEqual(Array.from(t));
      t.forEach((x, q) => lines.push(`${r.label},${x},${ca[q]},${c[q]}`));
    }
    const csv = path.join(work, file.replace('.csv.gz', '.curves.csv'));
    writeFileSync(csv, lines.join('\n') + '\n');
    return { csv, rows };
  }

  it.each([
    ['tofts', 'dce_DRO_data_tofts.csv.gz', 25],
    ['etofts', 'dce_DRO_data_extended_tofts.csv.gz', 15],
    ['patlak', 'patlak_sd_0.02_delay_0.csv.gz', 9],
    ['2cxm', '2cxm_sd_0.001_delay_0.csv.gz', 24],
  ] as const)('%s: every curve within OSIPI tolerance', async (model, file, count) => {
    const { csv, rows } = model === 'patlak' || model === '2cxm' ? curvesCsv(file, { t: 't', c: 'C_t', ca: 'cp_aif' }) : curvesCsv(file, { t: 't', c: 'C', ca: 'ca', ta: 'ta' });
    const r = await runDceInProcess(['--curves', csv, '--model', model, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.model).toBe(model);
    expect(doc.curves).toHaveLength(count);
    const failed = doc.curves.filter((c: { curve: string; ktransPerMin: number; ve: number | null; vp: number | null; kepPerMin: number | null; fpMlPer100mlMin?: number; psPerMin?: number }, q: number) => {
      const ref = rows[q];
      expect(c.curve).toBe(ref.label);
      if (model === '2cxm') return !(withinOsipi(c.vp!, +ref.vp, 0.025, 0) && withinOsipi(c.ve!, +ref.ve, 0.05, 0) && withinOsipi(c.fpMlPer100mlMin!, +ref.fp, 5, 0.1) && withinOsipi(c.psPerMin!, +ref.ps, 0.005, 0.1));
      if (model === 'patlak') return !(withinOsipi(c.ktransPerMin, +ref.ps, 0.005, 0.1) && withinOsipi(c.vp!, +ref.vp, 0.025, 0) && c.ve === null && c.kepPerMin === null);
      const ok = withinOsipi(c.ktransPerMin, +ref.Ktrans, 0.005, 0.1) && withinOsipi(c.ve!, +ref.ve, 0.05, 0);
      return model === 'etofts' ? !(ok && withinOsipi(c.vp!, +ref.vp, 0.025, 0)) : !(ok && c.vp === null);
    });
    expect(failed).toEqual([]);
  });
});

describe('caliper dce on a synthetic DICOM DCE study', () => {
  it('extended Tofts in an ROI with a fixed T10 and the Parker AIF: bolus arrival detected, parameters and curve', async () => {
    const r = await runCaliper(['dce', study.dce, '--t10', '1000', '--roi', study.roiA, '--model', 'etofts', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      series: '#7 DCE 3D SPGR 2.25.7007', model: 'etofts', phases: 40, timeSource: 'TriggerTime (0018,1060)',
      baselinePhases: 4, flipAngleDeg: 15, trMs: 4, t10: { source: 'fixed' }, r1PerMmS: 4.5, hematocrit: 0.42, aif: { type: 'parker' },
    });
    expect(doc.timesS).toEqual(DCE_TRUTH.timesS);
    expect(Math.abs(doc.bolusArrivalS - DCE_TRUTH.bolusArrivalS)).toBeLessThan(0.1);
    expect(doc.aif.peakMm).toBeCloseTo(10.47, 2);
    const roi = doc.rois[0];
    expect([roi.voxelCount, roi.fittedVoxels]).toEqual([48, 48]);
    expect(rel(roi.ktransPerMin.mean, 0.25)).toBeLessThan(0.01);
    expect(rel(roi.ve.mean, 0.3)).toBeLessThan(0.01);
    expect(rel(roi.vp.median, 0.05)).toBeLessThan(0.02);
    expect(rel(roi.kepPerMin.mean, 0.25 / 0.3)).toBeLessThan(0.01);
    expect(roi.residualMm.mean).toBeLessThan(0.002);
    expect(roi.curve.concentrationMm).toHaveLength(40);
    expect(roi.curve.signal).toHaveLength(40);
    expect(Object.keys(roi.curve)).toEqual(expect.arrayContaining(['ttpS', 'iaugc60MmS', 'iaugc90MmS', 'washInMmPerMin', 'washOutMmPerMin', 'lateChangePct', 'type']));
    expect(doc.maps).toEqual([]);
  });

  it('VFA T10, two ROIs, a measured AIF (roi:) and --out maps read back in their Real World Value unit', async () => {
    const out = path.join(work, 'maps');
    const r = await runCaliper(['dce', study.dce, '--vfa', study.vfa, '--roi', study.roiA, '--roi', study.roiB, '--aif', `roi:${study.roiAif}`,
      '--t10-blood', '1440', '--bolus-arrival', String(DCE_TRUTH.bolusArrivalS), '--model', 'etofts', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.t10).toEqual({ source: 'vfa', flipAnglesDeg: [2, 5, 10, 15], trMs: 4, bloodMs: 1440 });
    expect(doc.aif).toMatchObject({ type: 'roi', voxelCount: 16 });
    expect(doc.rois.map((x: { roi: string }) => x.roi)).toEqual([study.roiA, study.roiB]);
    // The measured AIF is sampled every 6.5 s (Parker's first pass is 3.4 s wide): a few % off.
    expect(rel(doc.rois[0].ktransPerMin.mean, 0.25)).toBeLessThan(0.05);
    expect(rel(doc.rois[1].ktransPerMin.mean, 0.6)).toBeLessThan(0.05);
    expect(doc.maps.map((m: { parameter: string; unit: string; files: number }) => [m.parameter, m.unit, m.files])).toEqual([
      ['Ktrans', '/min', 2], ['kep', '/min', 2], ['ve', '1', 2], ['vp', '1', 2], ['residual', 'mmol/L', 2]]);
    const files = readDicomDir(path.join(out, 'ktrans'));
    const ds = files[0].ds;
    expect(ds.string('x00080008')).toBe('DERIVED\\SECONDARY\\PERFUSION\\KTRANS');
    const map = ds.elements.x00409096.items![0].dataSet!;
    expect(map.elements.x004008ea.items![0].dataSet!.string('x00080100')).toBe('/min');
    const slope = map.double('x00409225')!;
    expect(map.double('x00409224')).toBe(0);
    const values = pixelValues(ds);
    // Voxel (i, j) = (1, 3) is tissue A, (6, 5) tissue B: equal to the ROI statistics' median.
    expect(values[3 * 8 + 1] * slope).toBeCloseTo(doc.rois[0].ktransPerMin.median, 3);
    expect(values[5 * 8 + 6] * slope).toBeCloseTo(doc.rois[1].ktransPerMin.median, 3);
    if (existsSync('/usr/bin/dciodvfy')) {
      const v = execFileSync('sh', ['-c', `dciodvfy ${files[0].file} 2>&1 || true`]).toString();
      expect(v).toMatch(/MRImage/);
      expect(v).not.toMatch(/^Error/m);
    } else console.warn('[skip] dciodvfy not installed');
  });
});
