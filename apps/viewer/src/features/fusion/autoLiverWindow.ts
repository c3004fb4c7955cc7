import { appStore } from '../../app/store';
import { useBurden } from '../burden/model/burdenState';
import { ensureEngineVolume } from '../measure/service/engineVolumes';
import { measureWorker } from '../measure/service/measureWorker';
import { liverWindow, liverWindowRefusal } from './liverWindow';
import { autoWindowApplies, type AutoWindowMoment } from './autoWindowApplies';
import { unitOf } from '../../viewports/sample';

export interface AutoWindowResult {
  readonly range: [number, number];
  readonly liverMean: number;
  /** Where the liver mean came from. */
  readonly source: 'burden reference' | 'placed reference' | 'proposed reference';
  /** False when the reader changed the window (or the fused PET) while the liver was measured: not applied. */
  readonly applied: boolean;
}

const momentOf = (): AutoWindowMoment => {
  const s = appStore.getState();
  return { petUID: s.assignments[0]?.overlayUID, range: s.petRange };
};

let seq = 0;

/**
 * "Auto (liver-based)" PET window of PET series `uid` (liverWindow: upper = 3 × liver mean SUVbw):
 * the liver mean of the whole-body burden's reference, else of the liver sphere the reader placed,
 * else of the 3 cm sphere Caliper proposes in the right lobe (engine proposeReferenceCenters, with
 * the CT `ctUid` when open) measured by measureSphereReference. Sets petRange; rejects with the
 * reason when no liver reference can be had or the PET is not in SUVbw. The window is applied only
 * if the reader did not change it (nor the fused PET) meanwhile (autoWindowApplies).
 */
export async function applyAutoLiverWindow(uid: string, ctUid: string | null): Promise<AutoWindowResult> {
  const id = ++seq;
  const started = momentOf();
  const displayUnit = unitOf(appStore.getState().series[uid]?.imageIds[0]);
  const shown = liverWindowRefusal(displayUnit, 'SUVbw');
  if (shown) throw new Error(shown);
  const b = useBurden.getState();
  let mean: number | null = b.seriesUID === uid ? (b.result?.reference.liver?.mean ?? null) : null;
  let source: AutoWindowResult['source'] = 'burden reference';
  const ev = await ensureEngineVolume(uid);
  const measured = liverWindowRefusal(displayUnit, ev.unit);
  if (measured) throw new Error(measured);
  if (mean === null) {
    let center = b.seriesUID === uid ? (b.liver?.centerMm ?? null) : null;
    source = 'placed reference';
    if (!center) {
      const ct = ctUid ? await ensureEngineVolume(ctUid).catch(() => null) : null;
      const p = await measureWorker().proposeReferences(ev.id, ct?.id ?? null, { psma: false }, { requestId: `auto-window-${id}` });
      if (p.cancelled) throw new Error('cancelled');
      if (!p.ok) throw new Error(`no liver reference: ${p.error}`);
      if (!p.value.liver.centerMm) throw new Error(`no liver reference: ${p.value.liver.reason}`);
      center = [p.value.liver.centerMm[0], p.value.liver.centerMm[1], p.value.liver.centerMm[2]];
      source = 'proposed reference';
    }
    const r = await measureWorker().petReferences(ev.id, { liver: center }, { requestId: `auto-window-ref-${id}` });
    if (r.cancelled) throw new Error('cancelled');
    if (!r.ok) throw new Error(`no liver reference: ${r.error}`);
    const liver = r.value.liver;
    if (!liver?.ok) throw new Error(`no liver reference: ${liver ? liver.error : 'not measured'}`);
    mean = liver.value.mean;
  }
  const liverMean = mean as number;
  const range = liverWindow(liverMean);
  if (!range) throw new Error(`no usable liver mean (${liverMean})`);
  const applied = autoWindowApplies(started, momentOf(), id === seq);
  if (applied) appStore.getState().setViewer({ petRange: range });
  return { range, liverMean, source, applied };
}
