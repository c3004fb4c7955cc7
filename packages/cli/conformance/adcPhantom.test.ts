import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { buildVolume, groupSeries } from '@caliper/dicom';
import { readNodePaths } from '@caliper/dicom/node';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSet } from 'dicom-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { median, pixelValues, readDicomDir, referenceDir, runCaliper, unpack } from './helpers';

const dir = referenceDir('adc-siemens-nist-diffusion-phantom');
const out = mkdtempSync(path.join(tmpdir(), 'caliper-adc-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Slice key: ImagePositionPatient rounded to 0.01 mm. */
const key = (ds: DataSet) => (ds.string('x00200032') ?? '').split('\\').map((v) => Number(v).toFixed(2)).join('/');

describe.skipIf(!dir)('caliper adc on the Siemens NIST diffusion phantom', () => {
  it('reproduces the scanner ADC map (series 4001): median |Δ| ≤ 5 µm²/s where b0 > 30 % of max; output passes dciodvfy', async () => {
    const root = path.join(unpack(path.join(dir!, 'mrbias_testset_C_ep2d_diff_1.tar.gz')), 'mrbias_testset_C_ep2d_diff_1');
    const trace = ['SYQY21QK', 'UNQE21QK', 'SSQE21QK', 'UZQA21QK', 'TOQM21QK'].map((f) => path.join(root, f));
    const r = await runCaliper(['adc', ...trace, '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.bValues).toEqual([0, 500, 1000, 1500, 2000]);
    expect(doc.files).toHaveLength(25);

    const ours = new Map(readDicomDir(out).map(({ ds }) => [key(ds), ds]));
    const scanner = readDicomDir(path.join(root, 'UTQM21QK'));
    const b0 = new Map(readDicomDir(path.join(root, 'SYQY21QK')).map(({ ds }) => [key(ds), pixelValues(ds)]));
    let b0max = 0;
    for (const v of b0.values()) for (const x of v) b0max = Math.max(b0max, x);
    const diffs: number[] = [];
    const vals: number[] = [];
    for (const { ds } of scanner) {
      const mine = ours.get(key(ds));
      const s0 = b0.get(key(ds));
      expect(mine, `slice ${key(ds)}`).toBeDefined();
      const a = pixelValues(mine!), s = pixelValues(ds);
      for (let i = 0; i < s.length; i++) if (s0![i] > 0.3 * b0max) {
        diffs.push(Math.abs(a[i] - s[i]));
        vals.push(s[i]);
      }
    }
    const med = median(diffs);
    console.log(`ADC phantom: ${diffs.length} voxels, median |Δ| = ${med} µm²/s, scanner median ADC ${median(vals)} µm²/s`);
    expect(diffs.length).toBeGreaterThan(1000);
    expect(med).toBeLessThanOrEqual(5);
    // Unit in the Real World Value Mapping (UCUM um2/s), no Rescale* (not in the MR Image IOD).
    const first = ours.values().next().value!;
    const map = first.elements.x00409096.items![0].dataSet!;
    const units = map.elements.x004008ea.items![0].dataSet!;
    expect([units.string('x00080100'), units.string('x00080102'), units.string('x00080104')]).toEqual(['um2/s', 'UCUM', 'um2/s']);
    expect([map.double('x00409225'), map.double('x00409224'), map.uint16('x00409216'), map.uint16('x00409211')]).toEqual([1, 0, 0, 65535]);
    expect(map.string('x00283003')).toBeTruthy();
    expect(['x00281052', 'x00281053', 'x00281054'].filter((t) => first.elements[t])).toEqual([]);

    if (existsSync('/usr/bin/dciodvfy')) {
      const v = execFileSync('sh', ['-c', `dciodvfy ${path.join(out, 'ADC_0001.dcm')} 2>&1 || true`]).toString();
      expect(v).toMatch(/MRImage/);
      expect(v).not.toMatch(/^Error/m);
      expect(v).not.toMatch(/Rescale|Real World/);
    } else console.warn('[skip] dciodvfy not installed');
  });

  it('the written series reads back through @caliper/dicom (viewer path) and pydicom', async () => {
    const loaded = await readNodePaths([out]);
    expect(loaded.errors).toEqual([]);
    const { series } = groupSeries(loaded.instances);
    expect(series).toHaveLength(1);
    const vol = await buildVolume(series[0]);
    if (!vol.ok) throw new Error(vol.error.reason);
    expect(vol.value.geometry.dimensions).toEqual([128, 128, 25]);
    expect(vol.value.modality).toBe('MR');
    expect(vol.value.unit).toBe('10^-3 mm2/s');
    const slice13 = pixelValues(readDicomDir(out).find(({ ds }) => ds.string('x00200013') === '13')!.ds);
    // Stored µm²/s → 10^-3 mm2/s through the RWVM (float32).
    expect(Array.from(vol.value.data.subarray(12 * 128 * 128, 13 * 128 * 128))).toEqual(Array.from(slice13, (x) => Math.fround(x * 1e-3)));
    const py = spawnSync('/usr/bin/python3', ['-c', [
      'import sys, glob, pydicom',
      'ds = [pydicom.dcmread(f) for f in sorted(glob.glob(sys.argv[1] + "/*.dcm"))]',
      'd = ds[12]',
      'u = d.RealWorldValueMappingSequence[0].MeasurementUnitsCodeSequence[0].CodeValue',
      'print(len(ds), d.Modality, u, int(d.pixel_array.sum()), d.pixel_array.shape[0], d.pixel_array.shape[1])',
    ].join('\n'), out]);
    if (py.status !== 0) {
      console.warn(`[skip] pydicom check: ${py.stderr.toString().split('\n').filter(Boolean).pop()}`);
      return;
    }
    const sum = slice13.reduce((a, b) => a + b, 0);
    expect(py.stdout.toString().trim()).toBe(`25 MR um2/s ${sum} 128 128`);
  });
});
