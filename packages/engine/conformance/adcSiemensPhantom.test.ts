import { mkdtempSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitAdcMap } from '../src/adc/fitAdcMap';
import { selectQuantiles } from '../src/stats/selectQuantiles';
import { readDicomSlices } from './readDicomSlices';
import { referenceFolder } from './referenceData';

const ref = referenceFolder('adc-siemens-nist-diffusion-phantom');

describe.skipIf(!ref.exists)('ADC map vs the Siemens scanner map (NIST diffusion phantom, 5 b-values)', () => {
  it('median |ours − scanner| <= 5 µm²/s over voxels with b0 > 30 % of max', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'caliper-adc-'));
    execFileSync('tar', ['xzf', path.join(ref.dir, 'mrbias_testset_C_ep2d_diff_1.tar.gz'), '-C', tmp]);
    // b-values from the index (b-value extraction from the Siemens private tag is tested in packages/dicom)
    const index = readFileSync(path.join(ref.dir, 'series_index.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const dwi = index.filter((r) => r[5] !== '').map((r) => ({ folder: r[0], b: Number(r[5]) })).sort((a, b) => a.b - b.b);
    const adcFolder = index.find((r) => r[4].includes('\\ADC\\'))![0];
    const stacks = dwi.map((s) => readDicomSlices(path.join(tmp, s.folder)));
    const scanner = readDicomSlices(path.join(tmp, adcFolder));
    expect(dwi.map((s) => s.b)).toEqual([0, 500, 1000, 1500, 2000]);
    for (const s of stacks) expect(s.positions).toEqual(scanner.positions);

    const ours = fitAdcMap(stacks.map((s) => s.data), dwi.map((s) => s.b)); // 10^-3 mm²/s
    const b0 = stacks[0].data;
    let max = 0;
    for (const x of b0) max = Math.max(max, x);
    const diffs: number[] = [];
    for (let v = 0; v < b0.length; v++) if (b0[v] > 0.3 * max) diffs.push(Math.abs(ours[v] * 1000 - scanner.data[v]));
    expect(diffs.length).toBeGreaterThan(1000);
    const [median, p95] = selectQuantiles(Float64Array.from(diffs), [50, 95]);
    console.log(`[adc conformance] ${diffs.length} voxels: median |diff| ${median.toFixed(2)} µm²/s, p95 ${p95.toFixed(2)} µm²/s`);
    expect(median).toBeLessThanOrEqual(5);
    expect(p95).toBeLessThanOrEqual(10);
  });
});
