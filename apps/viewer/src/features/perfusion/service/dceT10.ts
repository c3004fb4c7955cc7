import * as Comlink from 'comlink';
import { imageLoader } from '@cornerstonejs/core';
import type { Instance } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { prefetchedInstance } from '../../../viewports/prefetch';
import { prepareSeries } from '../../../viewports/prepareSeries';
import { measureWorker } from '../../measure/service/measureWorker';
import { loadDynamicVolume } from '../model/dynamicVolume';
import { planVfaSeries } from '../model/planVfaSeries';
import { dynamicId } from './dceIds';

/** Loads the images of a VFA series (one Float32 volume per flip angle) after checking it against the dynamic grid. */
async function loadVfa(vfaUID: string, sourceUID: string) {
  const entry = appStore.getState().series[vfaUID];
  if (!entry) throw new Error(`unknown series ${vfaUID}`);
  const d = await loadDynamicVolume(sourceUID);
  const ids = await prepareSeries(entry);
  const byInstance = new Map<Instance, string>();
  for (const id of ids) {
    const inst = prefetchedInstance(id);
    if (inst) byInstance.set(inst, id);
  }
  const plan = planVfaSeries([...byInstance.keys()], d.geometry);
  if (!plan.ok) throw new Error(plan.error);
  const [ni, nj, nk] = d.geometry.dimensions;
  const np = ni * nj;
  const images = await Promise.all(plan.value.stacks.map(async (stack) => {
    const out = new Float32Array(np * nk);
    await Promise.all(stack.map(async (inst, k) => {
      const im = await imageLoader.loadAndCacheImage(byInstance.get(inst)!);
      const px = im.getPixelData(), s = im.slope ?? 1, b = im.intercept ?? 0;
      for (let q = 0; q < np; q++) out[k * np + q] = px[q] * s + b;
    }));
    return out;
  }));
  return { plan: plan.value, images };
}

/**
 * Puts the T10 of the settings into the worker: a fixed value, or the T10 map fitted from the chosen
 * VFA series (SPGR equation, per voxel). A bad VFA series goes to the errors panel (named, with what
 * is wrong) and the fixed T10 stays. Sets the view's T10 note.
 */
export async function applyDceT10(): Promise<void> {
  const st = appStore.getState();
  const dce = st.dce;
  if (!dce) return;
  const t10 = st.dceSettings.t10;
  const id = dynamicId(dce.sourceUID);
  if (t10.kind === 'fixed') {
    await measureWorker().setDceT10(id, t10.ms);
    appStore.getState().patchDce({ t10Note: `fixed ${t10.ms} ms` });
    return;
  }
  const entry = st.series[t10.seriesUID];
  try {
    appStore.getState().setDceBusy('Fitting the T1 map (VFA)…');
    const { plan, images } = await loadVfa(t10.seriesUID, dce.sourceUID);
    const r = await measureWorker().setDceT10(id, Comlink.transfer({ images, flipAnglesDeg: plan.flipAnglesDeg, trMs: plan.trMs }, images.map((i) => i.buffer as ArrayBuffer)));
    appStore.getState().patchDce({ t10Note: `VFA ${plan.flipAnglesDeg.join('/')}°, TR ${plan.trMs} ms: median ${r.medianMs === null ? '—' : Math.round(r.medianMs)} ms` });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    appStore.getState().addErrors([{ source: `series ${t10.seriesUID} (${entry?.modality ?? 'MR'} ${entry?.seriesDescription ?? ''}, VFA)`, reason: `T10 not taken from it: ${reason}` }]);
    const fallback = 1000;
    appStore.getState().setDceSettings({ t10: { kind: 'fixed', ms: fallback } });
    await measureWorker().setDceT10(id, fallback);
    appStore.getState().patchDce({ t10Note: `fixed ${fallback} ms (the VFA series could not be used: ${reason})` });
  } finally {
    appStore.getState().setDceBusy(null);
  }
}
