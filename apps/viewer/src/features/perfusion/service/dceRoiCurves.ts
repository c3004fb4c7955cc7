import { appStore } from '../../../app/store';
import type { AppState } from '../../../app/store';
import { measureWorker } from '../../measure/service/measureWorker';
import type { Lesion } from '../../measure/model/lesion';
import type { DceRoiRequest } from '../../measure/worker/createDceApi';
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

/** Fits one ROI (a lesion, or a drawing not yet one) in the worker; the result (or error) lands in the store under its shape version. */
export async function fit(l: Pick<Lesion, 'id' | 'shape' | 'version'>, live: boolean): Promise<void> {
  const s = appStore.getState();
  if (!s.dce) return;
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

function sync(s: AppState, prev: AppState): void {
  if (!s.dce) return;
  const settingsChanged = s.dceSettings !== prev.dceSettings || s.dce.sourceUID !== prev.dce?.sourceUID || s.dce.t10Note !== prev.dce?.t10Note || s.dce.suggestion !== prev.dce?.suggestion;
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
    if (s.dceSettings.bolusArrivalS === null && !settingsChanged) settle.set(l.id, setTimeout(() => void fit(l, false), SETTLE_MS));
  }
}

let started = false;

/** ROIs drawn on the DCE view are fitted live in the engine worker (store → worker → store). Idempotent. */
export function startDceRoiCurves(): void {
  if (started) return;
  started = true;
  appStore.subscribe(sync);
}
