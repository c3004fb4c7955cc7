import { describe, expect, it } from 'vitest';
import type { Instance } from '@caliper/dicom';
import { classifyDynamic } from '../classifyDynamic';

/** Only what classifyDynamic reads: modality, description, file and three header strings. */
const image = (modality: string, description: string, tags: Record<string, string>, file = 'a.dcm'): Instance =>
  ({ modality, seriesDescription: description, file, dataSet: { string: (t: string) => tags[t] } }) as unknown as Instance;
const TE = 'x00180081', TR = 'x00180080', SEQ = 'x00180020';

describe('classifyDynamic', () => {
  it('CT with phases → CT perfusion', () => {
    expect(classifyDynamic([image('CT', 'Brain perfusion', {})], 30)).toEqual({ ok: true, value: { kind: 'ctp', why: 'CT with 30 phases at one set of slice positions' } });
  });

  it('MR T2*-weighted by its headers (TE 30 ms ≥ 15, TR 1500 ms, EPI, ≥ 10 phases) → DSC with TE', () => {
    const r = classifyDynamic([image('MR', 'ep2d', { [TE]: '30', [TR]: '1500', [SEQ]: 'EP' })], 50);
    expect(r).toEqual({ ok: true, value: { kind: 'dsc', teMs: 30, why: 'T2*-weighted: TE 30 ms, TR 1500 ms, EP, 50 phases' } });
  });

  it('SPGR DCE (TE 1.8 ms, TR 4 ms) stays DCE; TE 30 ms with only 6 phases stays DCE (header rule needs ≥ 10)', () => {
    expect(classifyDynamic([image('MR', 'DCE 3D SPGR', { [TE]: '1.8', [TR]: '4', [SEQ]: 'GR' })], 36)).toMatchObject({ ok: true, value: { kind: 'dce' } });
    expect(classifyDynamic([image('MR', 'x', { [TE]: '30', [TR]: '1500' })], 6)).toMatchObject({ ok: true, value: { kind: 'dce' } });
    // Spin echo (SE) with a long TE is not T2*-weighted gradient echo.
    expect(classifyDynamic([image('MR', 'x', { [TE]: '30', [TR]: '1500', [SEQ]: 'SE' })], 40)).toMatchObject({ ok: true, value: { kind: 'dce' } });
  });

  it('described as DSC / perfusion → DSC; without EchoTime an error naming the file, never a guessed TE', () => {
    expect(classifyDynamic([image('MR', 'DSC perfusion', { [TE]: '25' })], 4)).toMatchObject({ ok: true, value: { kind: 'dsc', teMs: 25, why: 'described as "DSC perfusion"' } });
    expect(classifyDynamic([image('MR', 'PWI', {}, 'p1s1.dcm')], 40)).toEqual({ ok: false, error: 'EchoTime (0018,0081) missing in p1s1.dcm: DSC needs TE for ΔR2* = −ln(S/S0)/TE' });
    expect(classifyDynamic([image('MR', 'DSC', { [TE]: '30' }), image('MR', 'DSC', {}, 'p2s0.dcm')], 40)).toEqual({ ok: false, error: 'EchoTime (0018,0081) missing in p2s0.dcm' });
    // "DCE perfusion" is DCE.
    expect(classifyDynamic([image('MR', 'DCE perfusion', { [TE]: '2' })], 40)).toMatchObject({ ok: true, value: { kind: 'dce' } });
  });
});
