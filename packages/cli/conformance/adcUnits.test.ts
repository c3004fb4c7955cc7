import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { referenceDir, runCaliper, unpack } from './helpers';

const dir = referenceDir('adc-siemens-nist-diffusion-phantom');
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-adc-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!dir)('ADC maps carry their unit: caliper info and measure read it back (NIST phantom)', () => {
  const root = () => path.join(unpack(path.join(dir!, 'mrbias_testset_C_ep2d_diff_1.tar.gz')), 'mrbias_testset_C_ep2d_diff_1');
  const trace = () => ['SYQY21QK', 'UNQE21QK', 'SSQE21QK', 'UZQA21QK', 'TOQM21QK'].map((f) => path.join(root(), f));
  const scannerAdc = () => path.join(root(), 'UTQM21QK'); // series 4001, ImageType …\DIFFUSION\ADC, µm²/s
  const out = path.join(tmp, 'adc');
  const roi = path.join(tmp, 'vial.json');
  writeFileSync(roi, JSON.stringify({ type: 'sphere', centerMm: [0, 0, 0], radiusMm: 8 }));

  it('caliper info: units 10^-3 mm2/s for the written ADC series and for the scanner ADC map', async () => {
    const w = await runCaliper(['adc', ...trace(), '--out', out, '--json']);
    expect(w.code, w.stderr).toBe(0);
    const r = await runCaliper(['info', out, scannerAdc(), ...trace().slice(0, 1), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const units = new Map(JSON.parse(r.stdout).series.map((s: { seriesDescription: string; units: string }) => [s.seriesDescription, s.units]));
    expect(Object.fromEntries(units)).toEqual({ 'ADC 10^-6 mm2/s (Caliper)': '10^-3 mm2/s', ep2d_diff_1_ADC: '10^-3 mm2/s', ep2d_diff_1_TRACEW: 'raw' });
  });

  it('caliper measure: the written ADC series, the scanner map and the DWI itself agree in 10^-3 mm2/s', async () => {
    const [written, scanner, fitted] = await Promise.all([
      runCaliper(['measure', out, '--roi', roi, '--json']),
      runCaliper(['measure', scannerAdc(), '--roi', roi, '--json']),
      runCaliper(['measure', ...trace(), '--roi', roi, '--json']),
    ]);
    for (const r of [written, scanner, fitted]) expect(r.code, r.stderr).toBe(0);
    const [a, s, f] = [written, scanner, fitted].map((r) => JSON.parse(r.stdout));
    for (const d of [a, s, f]) expect(d.unit).toBe('10^-3 mm2/s');
    expect(a.adc).toBeNull();
    expect(f.adc.bValues).toEqual([0, 500, 1000, 1500, 2000]);
    expect(a.voxelCount).toBe(f.voxelCount);
    // Written map = fitted map rounded to whole µm²/s: means within 0.0005 × 10^-3 mm2/s.
    expect(Math.abs(a.mean - f.mean)).toBeLessThanOrEqual(0.0005);
    // Scanner map vs our fit: within 1 % (the map test asks median |Δ| ≤ 5 µm²/s voxel-wise).
    expect(Math.abs(s.mean - f.mean) / f.mean).toBeLessThan(0.01);
    // Water vial at ~0 °C: 1.109 × 10^-3 mm2/s (NIST batch 1), within 3 %.
    expect(Math.abs(s.mean - 1.109) / 1.109).toBeLessThan(0.03);
  });
});
