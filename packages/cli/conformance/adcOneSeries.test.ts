import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNodePaths } from '@caliper/dicom/node';
import { loadDiffusion } from '../src/adc/loadDiffusion';
import { referenceDir, unpack } from './helpers';

const dir = referenceDir('adc-siemens-nist-diffusion-phantom');

describe.skipIf(!dir)('loadDiffusion: all b-values in ONE series gives the same ADC map as one series per b', () => {
  it('regrouping by b-value inside a series', async () => {
    const root = path.join(unpack(path.join(dir!, 'mrbias_testset_C_ep2d_diff_1.tar.gz')), 'mrbias_testset_C_ep2d_diff_1');
    const { instances } = await readNodePaths([root]);
    const perB = await loadDiffusion(instances);
    // Same images, relabelled as one series (as scanners that store all b-values together do).
    const merged = instances.map((i) => ({ ...i, seriesInstanceUID: '2.25.1' }));
    const oneSeries = await loadDiffusion(merged);
    if (!perB.ok || !oneSeries.ok) throw new Error(!perB.ok ? perB.error : !oneSeries.ok ? oneSeries.error : '');
    expect(oneSeries.value.bValues).toEqual([0, 500, 1000, 1500, 2000]);
    expect(oneSeries.value.skipped).toHaveLength(25); // the scanner ADC map has no b-value
    expect(oneSeries.value.volume.geometry).toEqual(perB.value.volume.geometry);
    expect(oneSeries.value.volume.data).toEqual(perB.value.volume.data);
  });
});
