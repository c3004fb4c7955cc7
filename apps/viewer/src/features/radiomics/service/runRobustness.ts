import * as Comlink from 'comlink';
import { resolveRadiomicsSettings } from '@caliper/engine';
import type { RadiomicsPerturbProgress } from '@caliper/engine';
import { appStore } from '../../../app/store';
import { isPlanar } from '../../measure/model/shapes';
import { engineVolumeInfo, ensureEngineVolume } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import type { LesionRobustness } from '../model/radiomicsTypes';
import { isCurrentRadiomicsRequest, nextRadiomicsRequest, RADIOMICS_CHANNEL, radiomicsSeriesOf } from './runRadiomics';

/** Other lesions measured on the same series whose ROI has a volume: the ICC's further subjects (at most this many, for time). */
const MAX_COHORT = 4;

/**
 * Robustness of a lesion's computed features (perturbRadiomics in the worker: erosion, dilation,
 * ½-voxel translation, noise; CV per feature, ICC(1,1) over this lesion and up to four other
 * lesions of the series) under the same settings; flags unstable features. Needs the features
 * first (current shape). Resolves to the result, null when cancelled; rejects with the reason.
 */
export async function computeLesionRobustness(lesionId?: string): Promise<LesionRobustness | null> {
  const s = appStore.getState();
  const id0 = lesionId ?? s.selectedLesionId;
  const lesion = s.lesions.find((l) => l.id === id0);
  if (!lesion) throw new Error(id0 ? `no lesion ${id0}` : 'no lesion selected');
  const current = s.radiomicsByLesion[lesion.id];
  if (!current || current.lesionVersion !== lesion.version) throw new Error('compute the features first (robustness uses their settings)');
  const name = String(current.record.settings.name ?? '');
  // The features' own settings (as saved with them), whatever the panel shows now.
  const resolved = resolveRadiomicsSettings(current.record.settings, name || 'custom');
  if (!resolved.ok) throw new Error(resolved.error);
  const settings = resolved.value;
  const id = nextRadiomicsRequest();
  const startedAt = performance.now();
  s.setRadiomics({ radiomicsJob: { lesionId: lesion.id, kind: 'robustness', done: 0, total: 1, startedAt }, radiomicsError: null });
  try {
    const uid = radiomicsSeriesOf(lesion)!;
    const ev = engineVolumeInfo(uid) ?? (await ensureEngineVolume(uid));
    const cohort = s.lesions
      .filter((l) => l.id !== lesion.id && l.seriesUIDs[0] === uid && !isPlanar(l.shape) && (l.shape.kind !== 'mask' || l.shape.volumeId === ev.id || l.shape.volumeId === uid))
      .slice(0, MAX_COHORT)
      .map((l) => l.shape);
    // Progress comes through its own message port: a last step may land after the reply.
    let finished = false;
    const onProgress = (p: RadiomicsPerturbProgress) => {
      if (!finished && isCurrentRadiomicsRequest(id)) appStore.getState().setRadiomics({ radiomicsJob: { lesionId: lesion.id, kind: 'robustness', done: p.done, total: p.total, startedAt } });
    };
    const r = await measureWorker().radiomicsPerturb(ev.id, lesion.shape, settings, { requestId: id, channel: RADIOMICS_CHANNEL }, cohort, Comlink.proxy(onProgress));
    finished = true;
    if (r.cancelled || !isCurrentRadiomicsRequest(id)) return null;
    if (!r.ok) throw new Error(r.error);
    const v = r.value;
    const robustness: LesionRobustness = {
      lesionVersion: lesion.version, settingsName: name, perturbations: v.perturbations.map((p) => p.id), subjects: v.parameters.subjects,
      cvThreshold: v.parameters.cvThreshold, iccThreshold: v.parameters.iccThreshold,
      features: Object.fromEntries(Object.entries(v.features).map(([k, f]) => [k, { cv: f.cv, icc: f.icc, unstable: f.unstable }])),
      summary: v.summary, computeMs: performance.now() - startedAt,
    };
    const latest = appStore.getState().radiomicsByLesion[lesion.id];
    if (latest && latest.lesionVersion === lesion.version) appStore.getState().setLesionRadiomics(lesion.id, { ...latest, robustness });
    appStore.getState().setRadiomics({ radiomicsJob: null });
    return robustness;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (isCurrentRadiomicsRequest(id)) appStore.getState().setRadiomics({ radiomicsJob: null, radiomicsError: message });
    throw new Error(message, { cause: e });
  }
}
