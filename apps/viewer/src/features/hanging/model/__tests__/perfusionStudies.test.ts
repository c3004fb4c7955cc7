import { describe, expect, it } from 'vitest';
import { groupSeries, parseInstance, type Instance } from '@caliper/dicom';
import { writeCtpStudy } from '../../../../../../../packages/phantoms/src/ctp/writeCtpStudy';
import { writeDscStudy } from '../../../../../../../packages/phantoms/src/dsc/writeDscStudy';
import { planDynamicSeries } from '../../../perfusion/model/planDynamicSeries';
import { BUILT_IN_PROTOCOLS } from '../builtInProtocols';
import { headerFactsOf } from '../needsHeaderFacts';
import { rankProtocols } from '../planHanging';
import type { SeriesFacts } from '../seriesFacts';
import type { StudyContext } from '../studyContext';

type Writer = (o: { emit: (path: string, bytes: Uint8Array) => void; uid: (label: string) => string; syntax: 'explicit' }) => unknown;

/**
 * A demo study of packages/phantoms as the hanging sees it: its files parsed (@caliper/dicom), one
 * entry per SeriesInstanceUID, each read by the perfusion panel's recognition (planDynamicSeries:
 * phases at one set of positions, then DCE / DSC / CT perfusion from the headers).
 */
function studyOf(write: Writer): StudyContext {
  const files: Instance[] = [];
  let n = 0;
  write({
    emit: (path, bytes) => {
      const r = parseInstance(bytes, path);
      if (r.ok) files.push(r.value);
    },
    uid: () => `2.25.4242${++n}`,
    syntax: 'explicit',
  });
  const bySeries = new Map<string, Instance[]>();
  for (const f of files) bySeries.set(f.seriesInstanceUID, [...(bySeries.get(f.seriesInstanceUID) ?? []), f]);
  const series: SeriesFacts[] = [...bySeries.entries()].map(([uid, instances]) => {
    const plan = planDynamicSeries(instances);
    const first = instances[0];
    return {
      seriesInstanceUID: uid,
      studyInstanceUID: first.studyInstanceUID,
      modality: first.modality,
      description: first.seriesDescription ?? '',
      instanceCount: instances.length,
      adc: false,
      derived: false,
      isVolume: groupSeries(instances).series.length === 1,
      ...(plan.ok && plan.value.timesS.length > 1 ? { dynamic: plan.value.kind } : {}),
    };
  });
  return { studyInstanceUID: series[0].studyInstanceUID, series };
}

const best = (c: StudyContext) => rankProtocols(BUILT_IN_PROTOCOLS, c)[0];
const byId = (id: string) => BUILT_IN_PROTOCOLS.find((p) => p.id === id)!;

// The DCE demo (288 + 32 images, ~20 s to write) is covered with its series facts in planHanging.test.ts.
describe('perfusion hangings on the demo studies (recognised from their headers, not their descriptions)', () => {
  it('DSC-MRI brain: the DSC series (50 phases × 6 slices, TE 30 ms) → mr-dsc; map, T1 post and FLAIR panes empty until there', () => {
    const ctx = studyOf(writeDscStudy as Writer);
    expect(ctx.series.map((s) => [s.description, s.instanceCount, s.dynamic])).toEqual([['DSC perf', 300, 'dsc']]);
    const r = best(ctx);
    expect(r.protocol.id).toBe('mr-dsc');
    expect(r.plan.layout).toBe('2x2');
    expect(r.plan.panes.map((p) => [p.label, p.seriesUID])).toEqual([
      ['DSC', ctx.series[0].seriesInstanceUID],
      ['rCBV map', undefined],
      ['T1 post-contrast', undefined],
      ['T2 FLAIR', undefined],
    ]);
  });

  it('CT perfusion brain (40 phases × 4 slices) → ct-perfusion beside its BF map pane, not the axial + MPR of a plain CT', () => {
    const ctx = studyOf(writeCtpStudy as Writer);
    expect(ctx.series.map((s) => [s.modality, s.instanceCount, s.dynamic])).toEqual([['CT', 160, 'ctp']]);
    const r = best(ctx);
    expect(r.protocol.id).toBe('ct-perfusion');
    expect(r.plan.layout).toBe('1x2');
    expect(r.plan.panes.map((p) => p.seriesUID)).toEqual([ctx.series[0].seriesInstanceUID, undefined]);
    expect(rankProtocols(BUILT_IN_PROTOCOLS, ctx).map((x) => x.protocol.id)).toEqual(['ct-perfusion', 'single']);
  });

  it('a plain CT is not dynamic: CT axial + MPR; the header facts each protocol asks for', () => {
    const ct: SeriesFacts = { seriesInstanceUID: '9.1', studyInstanceUID: '9', modality: 'CT', description: 'CT perfusion (a misleading name)', instanceCount: 150, adc: false, derived: false, isVolume: true };
    expect(best({ studyInstanceUID: '9', series: [ct] }).protocol.id).toBe('ct-mpr');
    expect(headerFactsOf(byId('ct-perfusion'))).toEqual({ diffusion: false, dynamic: ['CT'] });
    expect(headerFactsOf(byId('mr-dwi'))).toEqual({ diffusion: true, dynamic: ['MR'] });
    expect(headerFactsOf(byId('petct'))).toEqual({ diffusion: false, dynamic: [] });
  });
});
