import { describe, expect, it } from 'vitest';
import type { ManifestItem } from '@caliper/batch';
import { buildItemArgv, roiLabel } from '../buildItemArgv';

const item = (over: Partial<ManifestItem> = {}): ManifestItem => ({ key: 'k', lines: [4], paths: ['/d/s'], study: null, series: null, roi: null, segment: null, patient: 'P', timepoint: 't', ...over });

describe('buildItemArgv', () => {
  it('measure: inputs, the row ROI over --roi, forwarded options, --json', () => {
    expect(buildItemArgv('measure', item({ roi: '/r/lesion.json' }), ['/d/s'], { roi: '/r/default.json', suv: 'sul' }, '/o/adc')).toEqual({ ok: true, argv: ['/d/s', '--roi', '/r/lesion.json', '--suv', 'sul', '--json'], roi: 'lesion' });
    expect(buildItemArgv('radiomics', item(), ['/d/s'], { roi: '/r/mask.nii.gz', config: 'B' }, '/o/adc')).toEqual({ ok: true, argv: ['/d/s', '--roi', '/r/mask.nii.gz', '--config', 'B', '--json'], roi: 'mask' });
  });
  it('measure without any ROI names the manifest line', () => {
    expect(buildItemArgv('measure', item(), ['/d/s'], {}, '/o')).toEqual({ ok: false, error: 'no ROI: give a roi column (manifest line 4) or --roi' });
  });
  it('adc writes into the item folder; response reads a timeline or SRs; flags without value', () => {
    expect(buildItemArgv('adc', item(), ['/d/dwi'], {}, '/o/items/k.adc')).toMatchObject({ argv: ['/d/dwi', '--out', '/o/items/k.adc', '--json'] });
    expect(buildItemArgv('response', item(), ['/t/tl.json'], { criteria: 'choi', confirm: true }, '/o')).toMatchObject({ argv: ['/t/tl.json', '--criteria', 'choi', '--confirm', '--json'] });
    expect(buildItemArgv('response', item(), ['/t/a.dcm', '/t/b.dcm'], { criteria: 'recist1.1' }, '/o')).toMatchObject({ argv: ['--from-sr', '/t/a.dcm', '/t/b.dcm', '--criteria', 'recist1.1', '--json'] });
  });
  it('roiLabel drops the extension(s)', () => {
    expect([roiLabel('/a/liver.nii.gz'), roiLabel('/a/seg.dcm'), roiLabel('/a/x.json')]).toEqual(['liver', 'seg', 'x']);
  });
});
