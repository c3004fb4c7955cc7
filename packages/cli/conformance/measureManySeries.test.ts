import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFixtureStudy } from './fixtureStudy';
import { referenceDir, runCaliper, unpack } from './helpers';

const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-many-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const roi = path.join(tmp, 'sphere.json');
writeFileSync(roi, JSON.stringify({ type: 'sphere', centerMm: [1.5, 1.5, 2], radiusMm: 1 }));
const fd = (b: number) => [{ tag: 0x00189087, vr: 'FD', value: new Uint8Array(Float64Array.of(b).buffer) }];

// A study folder like the demo's: CT, PET, a DWI with one series per b-value, T2.
const study = path.join(tmp, 'study');
const [, , dwi0, dwi800] = writeFixtureStudy(study, [
  { uid: '2.25.8001', modality: 'CT', description: 'CT', value: () => 40 },
  { uid: '2.25.8002', modality: 'PT', description: 'PET', value: () => 1000 },
  { uid: '2.25.8003', modality: 'MR', description: 'DWI b0', value: () => 1000, extra: () => fd(0) },
  { uid: '2.25.8004', modality: 'MR', description: 'DWI b800', value: () => 449, extra: () => fd(800) },
  { uid: '2.25.8005', modality: 'MR', description: 'T2', value: () => 300 },
]);

describe('caliper measure / adc on input holding several series: exit 1 listing them, no silent choice', () => {
  it('measure on a whole study folder', async () => {
    const r = await runCaliper(['measure', study, '--roi', roi, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.error).toMatch(/^the input holds 5 image series; pass the folder or files of one series/);
    expect(doc.error).toContain('2.25.8002 (PT, "PET", 3 images)');
    expect(doc.series.map((s: { seriesInstanceUID: string; modality: string }) => `${s.modality} ${s.seriesInstanceUID}`)).toEqual(
      ['CT 2.25.8001', 'PT 2.25.8002', 'MR 2.25.8003', 'MR 2.25.8004', 'MR 2.25.8005'], // no SeriesNumber: by UID,
    );
  });
  it('adc on a whole study folder', async () => {
    const r = await runCaliper(['adc', study, '--out', path.join(tmp, 'adc-out'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).series).toHaveLength(5);
  });
  it('control: the two b-value series of the DWI measure ADC = ln(1000/449)/800 mm2/s = 1.0007e-3', async () => {
    const r = await runCaliper(['measure', dwi0, dwi800, '--roi', roi, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.unit).toBe('10^-3 mm2/s');
    expect(doc.adc.bValues).toEqual([0, 800]);
    expect(doc.mean).toBeCloseTo((Math.log(1000 / 449) / 800) * 1000, 4);
  });
});

const dwiRef = referenceDir('adc-siemens-nist-diffusion-phantom');
describe.skipIf(!dwiRef)('caliper measure on the Siemens DWI folder that also holds the scanner ADC map', () => {
  it('exit 1 listing the 5 b-value series and the ADC series 4001', async () => {
    const root = path.join(unpack(path.join(dwiRef!, 'mrbias_testset_C_ep2d_diff_1.tar.gz')), 'mrbias_testset_C_ep2d_diff_1');
    const r = await runCaliper(['measure', root, '--roi', roi, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.series.map((s: { seriesNumber: number }) => s.seriesNumber)).toEqual([3001, 3002, 3003, 3004, 3005, 4001]);
    expect(doc.error).toContain('"ep2d_diff_1_ADC"');
  });
});
