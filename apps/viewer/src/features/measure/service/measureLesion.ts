import { appStore } from '../../../app/store';
import type { RoiShape } from '../model/shapes';
import type { ToolKind } from '../model/lesion';
import { engineVolumeInfo, ensureEngineVolume } from './engineVolumes';
import { rectanglePrism } from './rectanglePrism';
import { liveSlots, measureWorker } from './measureWorker';
import type { LiveMeasurement } from '../worker/createMeasureApi';
import { takeInFrame } from '../live/takeInFrame';
import { epochMs, recordLiveTiming, waitNowBudgetMs } from '../live/liveTimings';
import type { LiveTiming } from '../live/liveTimings';

/** Shape to measure on a given series: a PET threshold ROI measures its sphere/box on non-PET series. */
function shapeFor(shape: RoiShape, modality: string): RoiShape {
  return shape.kind === 'petThreshold' && modality !== 'PT' ? shape.within : shape;
}

/**
 * Measure shape version `version` of lesion/annotation `id` on each series in the worker; results
 * land in the store tagged with the version (dropped there if the shape changed meanwhile). With a
 * `channel`, a newer request for the same id+series supersedes an unfinished older one. `live`
 * requests (a shape being drawn) are also taken from shared memory in the frame that draws the
 * shape, when the worker is done by then; the message reply then finds the result already there.
 */
export async function measureLesion(id: string, shape: RoiShape, version: number, seriesUIDs: readonly string[], channel?: string, live = false): Promise<void> {
  const { setResult } = appStore.getState();
  await Promise.all(
    seriesUIDs.map(async (uid) => {
      try {
        // Known volume: post now, synchronously, before any store update of the caller is rendered.
        const ev = engineVolumeInfo(uid) ?? (await ensureEngineVolume(uid));
        if (shape.kind === 'mask' && shape.volumeId !== ev.id) return;
        const ch = channel ? `${channel}:${id}:${uid}` : undefined;
        const meta = { requestId: version, ...(ch ? { channel: ch } : {}) };
        const postedAt = epochMs();
        const sab = live && ch ? liveSlots() : null;
        let taken = false;
        const deliver = (m: LiveMeasurement, via: LiveTiming['via']) => {
          const at = epochMs();
          setResult(id, uid, { version, measurement: m });
          recordLiveTiming({
            roundTripMs: at - postedAt, computeMs: m.computeMs ?? NaN, via, postedAt, deliveredAt: at,
            toWorkerMs: m.timing.receivedAt - postedAt, inWorkerMs: m.timing.repliedAt - m.timing.receivedAt, toMainMs: at - m.timing.repliedAt,
          });
        };
        const reply = measureWorker().measure(ev.id, shapeFor(shape, ev.modality), meta, { skipShape: live, publish: !!sab });
        if (sab && ch) takeInFrame<LiveMeasurement>(sab, ch, version, (m) => { taken = true; deliver(m, 'shared'); }, waitNowBudgetMs());
        const r = await reply;
        if (r.cancelled || (taken && r.ok)) return;
        if (live && r.ok) deliver(r.value, 'message');
        else setResult(id, uid, r.ok ? { version, measurement: r.value } : { version, error: r.error });
      } catch (e) {
        setResult(id, uid, { version, error: e instanceof Error ? e.message : String(e) });
      }
    }),
  );
}

let counter = 0;
/** A fresh shape version (global, increasing). */
export const nextVersion = (): number => ++counter;

/** Where a ROI was drawn, for the PET threshold: the view's slab (mm; a MIP's is large) and whether it shows PET. */
export interface DrawnOn { readonly slabMm: number; readonly pet: boolean }

/**
 * Apply the panel's PET threshold setting to a ROI as drawn: a sphere (Sphere tool), or a rectangle
 * drawn on a PET view, which becomes a prism (see rectanglePrism: the whole slab on a MIP).
 */
export function withPetThreshold(tool: ToolKind, shape: RoiShape, on: DrawnOn = { slabMm: 0, pet: false }): { tool: ToolKind; shape: RoiShape } {
  const { petThreshold, liverReference } = appStore.getState();
  if (petThreshold.kind === 'off' || (petThreshold.kind === 'percist' && !liverReference)) return { tool, shape };
  const within = tool === 'sphere' && shape.kind === 'sphere' ? shape : tool === 'rectangle' && on.pet ? rectanglePrism(shape, on.slabMm) : null;
  if (!within) return { tool, shape };
  const mode = petThreshold.kind === 'percist' && liverReference ? { kind: 'percist' as const, liverMean: liverReference.mean, liverSd: liverReference.sd } : petThreshold;
  return { tool: 'petThreshold', shape: { kind: 'petThreshold', within, mode } };
}
