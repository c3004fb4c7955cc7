import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROTOCOLS } from '../builtInProtocols';
import { planHanging, rankProtocols } from '../planHanging';
import { studyKindOf } from '../studyContext';
import { needsHeaderFacts } from '../needsHeaderFacts';
import { ctx, demoStudy, only } from './demoStudies';

const best = (c: Parameters<typeof rankProtocols>[1]) => rankProtocols(BUILT_IN_PROTOCOLS, c)[0];
const byId = (id: string) => BUILT_IN_PROTOCOLS.find((p) => p.id === id)!;

describe('hanging protocols on the demo studies', () => {
  const baseline = demoStudy('1.1');
  const follow1 = demoStudy('1.2');

  it('baseline PET/CT (no prior): the 2×2 CT · fused · PET · MIP hanging', () => {
    const r = best(ctx('1.1', baseline));
    expect(r.protocol.id).toBe('petct');
    expect(r.plan.layout).toBe('fusion');
    expect(r.plan.panes.map((p) => [p.view, p.seriesUID, p.overlayUID])).toEqual([
      ['axial', '1.1.2', undefined],
      ['fusion', '1.1.2', '1.1.3'],
      ['axial', '1.1.3', undefined],
      ['mip', '1.1.3', undefined],
    ]);
    expect(r.plan.panes[2].display).toEqual({ preset: 'suv5', invert: true });
  });

  it('the protocols that fit the baseline, best first (what the picker offers)', () => {
    expect(rankProtocols(BUILT_IN_PROTOCOLS, ctx('1.1', baseline)).map((r) => r.protocol.id)).toEqual(['petct', 'mr-dwi', 'ct-mpr', 'single']);
  });

  it('MR study with DWI: highest-b DWI, ADC map, T2 on a 2×2; no DCE series leaves its pane empty', () => {
    const r = best(ctx('1.1', only(baseline, 'MR')));
    expect(r.protocol.id).toBe('mr-dwi');
    expect(r.plan.layout).toBe('2x2');
    expect(r.plan.panes.map((p) => p.seriesUID)).toEqual(['1.1.4', '1.1.4.adc', '1.1.5', undefined]);
    expect(r.plan.panes[0].display).toEqual({ highestB: true });
  });

  it('MR with a dynamic series (recognised from its headers: phases at one set of positions, T1-weighted): DCE in the fourth pane', () => {
    const dce = { ...baseline[3], seriesInstanceUID: '1.1.6', description: 'ax 3d t1 fs', seriesNumber: 6, instanceCount: 720, dynamic: 'dce' as const };
    // Described as dynamic but not read as one: not DCE.
    const named = { ...dce, description: 'DCE VIBE dynamic 30 phases', dynamic: undefined };
    expect(best(ctx('1.1', [...only(baseline, 'MR'), named])).plan.panes[3].seriesUID).toBeUndefined();
    const r = best(ctx('1.1', [...only(baseline, 'MR'), dce]));
    expect(r.plan.panes.map((p) => p.seriesUID)).toEqual(['1.1.4', '1.1.4.adc', '1.1.5', '1.1.6']);
  });

  it('the demo DCE breast study (no DWI): DCE beside the VFA T1 series', () => {
    const base = { ...baseline[3], studyInstanceUID: '2.1', bValues: undefined };
    const dce = { ...base, seriesInstanceUID: '2.1.1', description: 'DCE 3D SPGR dynamic', instanceCount: 288, isVolume: false, dynamic: 'dce' as const };
    const vfa = { ...base, seriesInstanceUID: '2.1.2', description: 'VFA T1 2/5/10/15', instanceCount: 32, isVolume: false };
    const r = best(ctx('2.1', [dce, vfa]));
    expect(r.protocol.id).toBe('mr-dce');
    expect(r.plan.layout).toBe('1x2');
    expect(r.plan.panes.map((p) => p.seriesUID)).toEqual(['2.1.1', '2.1.2']);
    // Renamed by the scanner, it is still the DCE series (structure, not description).
    expect(best(ctx('2.1', [{ ...dce, description: 'ax 3d t1 fs' }, vfa])).plan.panes[0].seriesUID).toBe('2.1.1');
  });

  it('only protocols asking about b-values, ADC maps or dynamic series need every header read', () => {
    expect(BUILT_IN_PROTOCOLS.filter(needsHeaderFacts).map((p) => p.id)).toEqual(['ct-perfusion', 'mr-dwi', 'mr-dsc', 'mr-dce']);
  });

  it('CT alone: axial + sagittal + coronal of the CT volume', () => {
    const r = best(ctx('1.1', only(baseline, 'CT')));
    expect(r.protocol.id).toBe('ct-mpr');
    expect(r.plan.layout).toBe('mpr');
    expect(r.plan.panes.map((p) => `${p.view}:${p.seriesUID}`)).toEqual(['axial:1.1.2', 'sagittal:1.1.2', 'coronal:1.1.2']);
  });

  it('follow-up with a prior loaded: prior | current with the matching CT of each timepoint', () => {
    const r = best(ctx('1.2', follow1, { study: '1.1', series: baseline }));
    expect(r.protocol.id).toBe('prior-current');
    expect(r.plan.layout).toBe('compare');
    expect(r.plan.priorStudyUID).toBe('1.1');
    expect(r.plan.panes.map((p) => p.seriesUID)).toEqual(['1.1.2', '1.2.2']);
  });

  it('the prior pane takes the prior series most like the current one (description, orientation)', () => {
    const lung = { ...baseline[0], seriesInstanceUID: '1.1.9', description: 'CT lung 1 mm', instanceCount: 400 };
    const sag = { ...baseline[0], seriesInstanceUID: '1.1.8', imageOrientationPatient: [0, 1, 0, 0, 0, -1] };
    const r = planHanging(byId('prior-current'), ctx('1.2', follow1, { study: '1.1', series: [lung, sag, ...baseline] }));
    expect('plan' in r && r.plan.panes[0].seriesUID).toBe('1.1.2');
  });

  it('a CT-less follow-up falls back to its own protocols', () => {
    expect(best(ctx('1.2', only(follow1, 'MR'), { study: '1.1', series: baseline })).protocol.id).toBe('mr-dwi');
  });

  it('a protocol that does not fit says why', () => {
    expect(planHanging(byId('petct'), ctx('1.1', only(baseline, 'CT')))).toEqual({ error: 'no PT series in the study' });
    expect(planHanging(byId('prior-current'), ctx('1.1', baseline))).toEqual({ error: 'no earlier study of this patient is loaded' });
    const flat = { ...baseline[1], isVolume: false };
    expect(planHanging(byId('petct'), ctx('1.1', [baseline[0], flat]))).toEqual({ error: 'viewport 3 (PET): series PET FDG AC (Bq/mL) cannot be shown as a volume' });
  });

  it('the study kind a choice is remembered for: modalities and whether a prior is loaded', () => {
    expect(studyKindOf(ctx('1.1', baseline))).toBe('CT+MR+PT');
    expect(studyKindOf(ctx('1.2', only(follow1, 'MR', 'CT'), { study: '1.1', series: baseline }))).toBe('CT+MR|prior');
  });
});
