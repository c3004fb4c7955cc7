import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { referenceDir, runCaliper, unpack } from './helpers';

const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-measure-'));
const roiFile = (name: string, spec: unknown): string => {
  const f = path.join(tmp, `${name}.json`);
  writeFileSync(f, JSON.stringify(spec));
  return f;
};

describe('caliper measure: errors are one JSON document, never a crash', () => {
  it('unreadable series path', async () => {
    const r = await runCaliper(['measure', path.join(tmp, 'nope'), '--roi', roiFile('s', { type: 'sphere', centerMm: [0, 0, 0], radiusMm: 5 }), '--json']);
    expect(r.code).toBe(1);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['error']);
  });
  it('invalid ROI JSON names the field', async () => {
    const r = await runCaliper(['measure', tmp, '--roi', roiFile('bad', { type: 'sphere', centerMm: [0, 0], radiusMm: 5 }), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatch(/centerMm/);
  });
});

const dwi = referenceDir('adc-siemens-nist-diffusion-phantom');
describe.skipIf(!dwi)('caliper measure on diffusion input measures the ADC map', () => {
  it('centre vial of the NIST phantom (water, 0 % PVP): ADC ≈ 1.109e-3 mm2/s at 0 °C', async () => {
    const root = path.join(unpack(path.join(dwi!, 'mrbias_testset_C_ep2d_diff_1.tar.gz')), 'mrbias_testset_C_ep2d_diff_1');
    // The five b-value (TRACEW) series; the folder also holds the scanner ADC map (a separate series).
    const trace = ['SYQY21QK', 'UNQE21QK', 'SSQE21QK', 'UZQA21QK', 'TOQM21QK'].map((f) => path.join(root, f));
    const r = await runCaliper(['measure', ...trace, '--roi', roiFile('vial', { type: 'sphere', centerMm: [0, 0, 0], radiusMm: 8 }), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.unit).toBe('10^-3 mm2/s');
    expect(doc.adc.bValues).toEqual([0, 500, 1000, 1500, 2000]);
    expect(doc.suv).toBeNull();
    // Reference 1109 ± 8.3 µm²/s (NIST batch 1, 3 T, 0 °C); QIBA accepts far more, we expect < 3 %.
    expect(Math.abs(doc.mean - 1.109) / 1.109).toBeLessThan(0.03);
  });
});

const dro = referenceDir('suv-ibsi-dro-oncoray');
describe.skipIf(!dro)('PET without PatientWeight: suv null + suvError, then the --weight-kg override', () => {
  it('reports why and shows no SUV; the override restores SUVbw', async () => {
    const src = path.join(unpack(path.join(dro!, 'DRO_0_0.tar.gz')), 'DRO_0_0', 'PT');
    const out = path.join(tmp, 'noweight');
    mkdirSync(out, { recursive: true });
    for (const f of readdirSync(src)) {
      // Blank the PatientWeight value in place (same length, spaces = empty DS).
      const b = new Uint8Array(readFileSync(path.join(src, f)));
      const el = dicomParser.parseDicom(b).elements.x00101030;
      b.fill(0x20, el.dataOffset, el.dataOffset + el.length);
      writeFileSync(path.join(out, f), b);
    }
    const roi = roiFile('dro', { type: 'mask', path: path.join(dro!, 'DRO_mask.nii.gz') });
    const [without, withOverride] = await Promise.all([
      runCaliper(['measure', out, '--roi', roi, '--json']),
      runCaliper(['measure', out, '--roi', roi, '--json', '--weight-kg', '70']),
    ]);
    expect(without.code, without.stderr).toBe(0);
    const a = JSON.parse(without.stdout);
    expect(a.suv).toBeNull();
    expect(a.suvError).toBe('PatientWeight missing');
    expect(a.unit).toBe('Bq/mL');
    expect(a.max).toBe(14400);
    const b = JSON.parse(withOverride.stdout);
    expect(b.unit).toBe('SUVbw');
    expect(Math.round(b.suv.max * 100) / 100).toBe(4);
  });
});
