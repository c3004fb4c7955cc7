import { appStore } from '../../../app/store';
import type { AppState } from '../../../app/store';
import { measureWorker } from '../../measure/service/measureWorker';
import type { Lesion } from '../../measure/model/lesion';
import type { DceRoiRequest, PerfusionRoiRequest } from '../../measure/worker/createDceApi';
import { dynamicId } from './dceIds';
import { openDynamic } from './dceView';

/** After the last change of a ROI, its bolus arrival is detected again on it (ms). */
const SETTLE_MS = 300;
const posted = new Map<string, string>();
const settle = new Map<string, ReturnType<typeof setTimeout>>();

const onView = (s: AppState): Lesion[] => (s.dce ? s.lesions.filter((l) => l.seriesUIDs.includes(s.dce!.viewUID)) : []);

/** The worker request for the current settings (null: the chosen AIF is not available yet, with why). */
function requestOf(s: AppState, live: boolean): { request: DceRoiRequest } | { why: string } {
  const o = s.dceSettings;
  let aif: DceRoiRequest['aif'];
  if (o.aif === 'vessel') {
    const v = s.lesions.find((l) => l.id === o.aifLesionId);
    if (!v) return { why: 'choose the vessel ROI of the AIF (draw one on an artery)' };
    aif = { type: 'roi', shape: v.shape };
  } else if (o.aif === 'suggested') {
    const voxels = openDynamic()?.suggested;
    if (!voxels?.length) return { why: 'no early-enhancing vessel found: draw a vessel ROI' };
    aif = { type: 'voxels', voxels };
  } else aif = { type: o.aif };
  return {
    request: {
      model: o.model, aif, hematocrit: o.hematocrit, r1PerMmS: o.r1PerMmS,
      ...(o.bolusArrivalS !== null ? { bolusArrivalS: o.bolusArrivalS } : {}),
      ...(live ? { reuseDetectedArrival: true } : {}),
    },
  };
}

/**
 * The DSC / CT perfusion request: a measured arterial input (vessel ROI or the suggested voxels; a
 * population AIF does not apply), the reference (DSC) or venous (CT) ROI when chosen, the baseline
 * from the reader's bolus arrival or detected on the arterial ROI.
 */
function perfusionRequestOf(s: AppState): { request: PerfusionRoiRequest } | { why: string } {
  const o = s.dceSettings, dce = s.dce!;
  let aif: PerfusionRoiRequest['aif'];
  if (o.aif === 'vessel') {
    const v = s.lesions.find((l) => l.id === o.aifLesionId);
    if (!v) return { why: 'choose the arterial ROI (AIF): draw one on an artery' };
    aif = { type: 'roi', shape: v.shape };
  } else {
    const voxels = openDynamic()?.suggested;
    if (!voxels?.length) return { why: `no ${dce.kind === 'dsc' ? 'early-dropping' : 'early-enhancing'} artery found: draw a vessel ROI as the AIF` };
    aif = { type: 'voxels', voxels };
  }
  const secondId = dce.kind === 'dsc' ? o.referenceLesionId : o.venousLesionId;
  // The reference ROI measured against itself reads rCBV = rCBF = 1 (by definition), the vein a scale of 1.
  const second = secondId ? s.lesions.find((l) => l.id === secondId)?.shape ?? null : null;
  const baselineCount = o.bolusArrivalS !== null ? dce.timesS.filter((t) => t < o.bolusArrivalS!).length : 0;
  return { request: { kind: dce.kind === 'dsc' ? 'dsc' : 'ctp', ...(dce.teMs !== undefined ? { teMs: dce.teMs } : {}), aif, second, ...(baselineCount > 0 ? { baselineCount } : {}) } };
}

/** DSC / CT perfusion of one ROI in the worker (same store entry as a DCE fit; errors name the series). */
async function measurePerfusion(l: Pick<Lesion, 'id' | 'shape' | 'version'>): Promise<void> {
  const s = appStore.getState();
  const r = perfusionRequestOf(s);
  const { setDceRoi } = appStore.getState();
  if ('why' in r) {
    setDceRoi(l.id, { version: l.version, error: r.why });
    return;
  }
  const reply = await measureWorker().perfusionRoi(dynamicId(s.dce!.sourceUID), l.shape, r.request, { requestId: l.version, channel: `dce:${l.id}` });
  if (reply.cancelled) return;
  setDceRoi(l.id, reply.ok ? { version: l.version, result: reply.value } : { version: l.version, error: `${s.dce!.label}: ${reply.error}` });
  if (reply.ok && reply.value.baselineCount !== appStore.getState().dce?.baselineCount) appStore.getState().patchDce({ baselineCount: reply.value.baselineCount });
}

/** Fits one ROI (a lesion, or a drawing not yet one) in the worker; the result (or error) lands in the store under its shape version. */
export async function fit(l: Pick<Lesion, 'id' | 'shape' | 'version'>, live: boolean): Promise<void> {
  const s = appStore.getState();
  if (!s.dce) return;
  if (s.dce.kind !== 'dce') return measurePerfusion(l);
  const r = requestOf(s, live);
  const { setDceRoi } = appStore.getState();
  if ('why' in r) {
    setDceRoi(l.id, { version: l.version, error: r.why });
    return;
  }
  const reply = await measureWorker().dceRoi(dynamicId(s.dce.sourceUID), l.shape, r.request, { requestId: l.version, channel: `dce:${l.id}` });
  if (reply.cancelled) return;
  setDceRoi(l.id, reply.ok ? { version: l.version, result: reply.value } : { version: l.version, error: reply.error });
  // The subtraction's baseline follows the arrival found on the ROI.
  if (reply.ok && !live) appStore.getState().patchDce({ baselineCount: reply.value.baselineCount });
}

let lastDeps = '';

function sync(s: AppState, prev: AppState): void {
  if (!s.dce) return;
  // Every ROI depends on the arterial (and reference / venous) ROI: when that one is redrawn, all are measured again.
  const o = s.dceSettings;
  const deps = [o.aif === 'vessel' ? o.aifLesionId : null, s.dce.kind === 'dsc' ? o.referenceLesionId : s.dce.kind === 'ctp' ? o.venousLesionId : null]
    .map((id) => (id ? `${id}@${s.lesions.find((l) => l.id === id)?.version ?? '-'}` : '')).join('|');
  const depsChanged = deps !== lastDeps;
  lastDeps = deps;
  const settingsChanged = depsChanged || s.dceSettings !== prev.dceSettings || s.dce.sourceUID !== prev.dce?.sourceUID || s.dce.t10Note !== prev.dce?.t10Note || s.dce.suggestion !== prev.dce?.suggestion;
  if (!settingsChanged && s.lesions === prev.lesions) return;
  const lesions = onView(s);
  const ids = new Set(lesions.map((l) => l.id));
  for (const id of Object.keys(s.dceRois)) if (!ids.has(id) && id !== s.activeId) appStore.getState().setDceRoi(id, null);
  for (const l of lesions) {
    const key = `${l.version}`;
    if (!settingsChanged && posted.get(l.id) === key) continue;
    posted.set(l.id, key);
    // While the shape changes: the fit with the arrival found before (≈ 1 ms); once it rests: detected on it again.
    void fit(l, !settingsChanged && s.dceSettings.bolusArrivalS === null);
    clearTimeout(settle.get(l.id));
    if (s.dce.kind === 'dce' && s.dceSettings.bolusArrivalS === null && !settingsChanged) settle.set(l.id, setTimeout(() => void fit(l, false), SETTLE_MS));
  }
}

let started = false;

/** ROIs drawn on the DCE view are fitted live in the engine worker (store → worker → store). Idempotent. */
export function startDceRoiCurves(): void {
  if (started) return;
  started = true;
  appStore.subscribe(sync);
}
