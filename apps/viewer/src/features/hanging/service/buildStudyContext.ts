import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import { isReadingObject } from '../../browser/readingObjects';
import { adcSeriesOf } from '../../adc/registerAdc';
import { planDiffusion } from '../../measure/service/adcVolume';
import { diffusionFamily } from '../../adc/diffusionFamily';
import { planDynamicVolume } from '../../perfusion/model/dynamicVolume';
import { describeSeries } from '../../timeline/compare/describeSeries';
import { timelineOfStudy } from '../../timeline/model/selectTimelines';
import { priorStudyOf } from '../model/priorStudyOf';
import type { SeriesFacts } from '../model/seriesFacts';
import type { StudyContext } from '../model/studyContext';
import type { HeaderFacts } from '../model/needsHeaderFacts';

const imageSeriesOf = (studyUID: string): SeriesEntry[] =>
  Object.values(appStore.getState().series).filter((s) => s.studyInstanceUID === studyUID && !isReadingObject(s) && s.imageIds.length > 0);

function factsOf(s: SeriesEntry, bValues: ReadonlyMap<string, readonly number[]>, dynamic: ReadonlyMap<string, SeriesFacts['dynamic']>): SeriesFacts {
  const derived = derivedVolumeOfSeries(s.seriesInstanceUID);
  const b = bValues.get(s.seriesInstanceUID);
  const kind = dynamic.get(s.seriesInstanceUID);
  return {
    seriesInstanceUID: s.seriesInstanceUID,
    studyInstanceUID: s.studyInstanceUID,
    modality: s.modality,
    description: s.seriesDescription,
    ...(s.seriesNumber !== undefined ? { seriesNumber: s.seriesNumber } : {}),
    instanceCount: s.instanceCount,
    ...(s.bodyPartExamined ? { bodyPart: s.bodyPartExamined } : {}),
    ...(s.imageOrientationPatient ? { imageOrientationPatient: s.imageOrientationPatient } : {}),
    ...(b ? { bValues: b } : {}),
    ...(kind ? { dynamic: kind } : {}),
    // A stored map says so in ImageType (read into its derived-volume record when Caliper made it) or its description.
    adc: !!derived?.imageType?.includes('ADC') || /\bADC\b/i.test(s.seriesDescription),
    derived: !!derived,
    isVolume: !s.notVolumeReason,
  };
}

/**
 * What the protocol rules need about a study and the patient's prior: body part and orientation
 * (first headers, for manifest series listed without them); with `headers.diffusion`, for the
 * study's MR series also their b-values (all headers) and Caliper's ADC map of a multi-b DWI
 * (listed and fitted: seconds), and for the series of `headers.dynamic` modalities whether they are
 * dynamic (DCE, DSC, CT perfusion: the perfusion panel's recognition, headers only) — only when a
 * protocol's rules ask about them.
 */
export async function buildStudyContext(studyUID: string, headers: HeaderFacts = { diffusion: false, dynamic: [] }): Promise<StudyContext> {
  const priorUID = priorStudyOf(timelineOfStudy(appStore.getState(), studyUID), studyUID);
  await describeSeries([...imageSeriesOf(studyUID), ...(priorUID ? imageSeriesOf(priorUID) : [])]);
  const bValues = new Map<string, readonly number[]>();
  const dynamic = new Map<string, SeriesFacts['dynamic']>();
  const stored = imageSeriesOf(studyUID).filter((s) => !derivedVolumeOfSeries(s.seriesInstanceUID));
  const mr = headers.diffusion ? stored.filter((s) => s.modality === 'MR') : [];
  const all = Object.values(appStore.getState().series);
  await Promise.all(
    mr.map(async (s) => {
      // Local files and DICOMweb split a DWI into one stack per b-value: the family is the diffusion
      // series, and its highest-b stack is the one a DWI pane shows (the others are not offered as DWI).
      const family = diffusionFamily(s, all);
      const plan = await planDiffusion(family).catch(() => null);
      if (!plan) return;
      const bs = [...plan.bValues].sort((a, b) => a - b);
      if (family !== s) {
        const top = plan.byB[plan.bValues.indexOf(Math.max(...plan.bValues))];
        if (plan.bValues.length < 2 || !s.imageIds.includes(top[0])) return;
      }
      bValues.set(s.seriesInstanceUID, bs);
      if (plan.bValues.length >= 2) await adcSeriesOf(s.seriesInstanceUID);
    }),
  );
  // After the diffusion facts: the stacks of a multi-b DWI (split per b-value) are diffusion, not phases
  // (and share the family's UID, which must be read as the whole family first).
  const inDiffusion = new Set(stored.filter((s) => s.modality === 'MR').filter((s) => diffusionFamily(s, all) !== s || bValues.has(s.seriesInstanceUID)).map((s) => s.seriesInstanceUID));
  // Many phases at one set of slice positions; anything else (one phase, a diffusion series, unreadable timing) is not dynamic.
  await Promise.all(stored.filter((s) => headers.dynamic.includes(s.modality.toUpperCase()) && !inDiffusion.has(s.seriesInstanceUID)).map(async (s) => {
    const p = await planDynamicVolume(s.seriesInstanceUID).catch(() => null);
    if (p && p.plan.timesS.length > 1) dynamic.set(s.seriesInstanceUID, p.plan.kind);
  }));
  const facts = (uid: string) => imageSeriesOf(uid).map((s) => factsOf(s, bValues, dynamic));
  return { studyInstanceUID: studyUID, series: facts(studyUID), ...(priorUID ? { prior: { studyInstanceUID: priorUID, series: facts(priorUID) } } : {}) };
}
