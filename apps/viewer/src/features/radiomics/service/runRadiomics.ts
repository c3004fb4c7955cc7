import * as Comlink from 'comlink';
import { CALIPER_VERSION } from '@caliper/report/dicom/exportContext';
import type { RadiomicsProgress, RadiomicsSettings } from '@caliper/engine';
import { appStore } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import { engineVolumeInfo, ensureEngineVolume } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import { radiomicsRecord as buildRecord } from '@caliper/report';
import { settingsFor } from '../model/customSettings';
import type { LesionRadiomicsState } from '../model/radiomicsTypes';

/** The worker channel of radiomics runs: one at a time, a newer run (or Cancel) stops the older. */
export const RADIOMICS_CHANNEL = 'radiomics';
let requestId = 0;

/** The series a lesion's radiomics is computed on: the drawn-on series (a 3D mask: the grid it was recorded on). */
export function radiomicsSeriesOf(l: Lesion): string | undefined {
  return l.seriesUIDs[0];
}

/** The lesion (default: the selected one) and the settings (default: the panel's configuration). */
export function resolveTarget(lesionId?: string, config?: string | RadiomicsSettings): { lesion: Lesion; settings: RadiomicsSettings } {
  const s = appStore.getState();
  const id = lesionId ?? s.selectedLesionId;
  const lesion = s.lesions.find((l) => l.id === id);
  if (!lesion) throw new Error(id ? `no lesion ${id}` : 'no lesion selected');
  const settings = typeof config === 'object' ? config : settingsFor(config ?? s.radiomicsConfig, s.radiomicsCustom);
  if (!settings) throw new Error(`unknown radiomics configuration '${String(config ?? s.radiomicsConfig)}': expected A, B, C, D, E or a saved custom setting`);
  return { lesion, settings };
}

/**
 * Computes every IBSI-1 feature of a lesion in the engine worker (progress per step in
 * `radiomicsJob`), stores them with the lesion (tagged with its shape version) and resolves to
 * them; null when cancelled or superseded. Rejects with the reason (empty ROI, no series…), which
 * is also shown in the panel.
 */
export async function computeLesionRadiomics(lesionId?: string, config?: string | RadiomicsSettings): Promise<LesionRadiomicsState | null> {
  const { lesion, settings } = resolveTarget(lesionId, config);
  const id = ++requestId;
  const st = appStore.getState();
  const startedAt = performance.now();
  st.setRadiomics({ radiomicsJob: { lesionId: lesion.id, kind: 'features', done: 0, total: 14, startedAt }, radiomicsError: null });
  try {
    const uid = radiomicsSeriesOf(lesion);
    if (!uid) throw new Error('the lesion has no series');
    const ev = engineVolumeInfo(uid) ?? (await ensureEngineVolume(uid));
    if (lesion.shape.kind === 'mask' && lesion.shape.volumeId !== ev.id && lesion.shape.volumeId !== uid) throw new Error(`the lesion's mask is on another grid (${lesion.shape.volumeId})`);
    // Progress comes through its own message port: a last step may land after the reply.
    let finished = false;
    const onProgress = (p: RadiomicsProgress) => {
      if (!finished && id === requestId) appStore.getState().setRadiomics({ radiomicsJob: { lesionId: lesion.id, kind: 'features', done: p.done, total: p.total, step: p.step, startedAt } });
    };
    const r = await measureWorker().radiomics(ev.id, lesion.shape, settings, { requestId: id, channel: RADIOMICS_CHANNEL }, Comlink.proxy(onProgress));
    finished = true;
    if (r.cancelled || id !== requestId) return null;
    if (!r.ok) throw new Error(r.error);
    const series = appStore.getState().series[uid];
    const record = buildRecord(r.value, settings, {
      seriesInstanceUID: uid, modality: series?.modality ?? ev.modality, unit: ev.unit, caliperVersion: CALIPER_VERSION, computedAt: new Date().toISOString(),
    });
    const state: LesionRadiomicsState = { lesionVersion: lesion.version, record, computeMs: performance.now() - startedAt, stepMs: r.value.timings };
    appStore.getState().setLesionRadiomics(lesion.id, state);
    appStore.getState().setRadiomics({ radiomicsJob: null });
    return state;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (id === requestId) appStore.getState().setRadiomics({ radiomicsJob: null, radiomicsError: message });
    throw new Error(message, { cause: e });
  }
}

/** Stops the running radiomics or robustness computation (it resolves to null). */
export function cancelRadiomics(): void {
  requestId++;
  appStore.getState().setRadiomics({ radiomicsJob: null });
  void measureWorker().cancel(RADIOMICS_CHANNEL);
}

/** Starts a new run id (for the robustness run, which shares the channel and the cancel button). */
export const nextRadiomicsRequest = (): number => ++requestId;
export const isCurrentRadiomicsRequest = (id: number): boolean => id === requestId;
