import { appStore } from '../../../app/store';
import type { RoiShape } from '../model/shapes';
import type { ToolKind } from '../model/lesion';
import { ensureEngineVolume } from './engineVolumes';
import { measureWorker } from './measureWorker';

/** Shape to measure on a given series: a PET threshold ROI measures its sphere/box on non-PET series. */
function shapeFor(shape: RoiShape, modality: string): RoiShape {
  return shape.kind === 'petThreshold' && modality !== 'PT' ? shape.within : shape;
}

/**
 * Measure shape version `version` of lesion/annotation `id` on each series in the worker; results
 * land in the store tagged with the version (dropped there if the shape changed meanwhile). With a
 * `channel`, a newer request for the same id+series supersedes an unfinished older one.
 */
export async function measureLesion(id: string, shape: RoiShape, version: number, seriesUIDs: readonly string[], channel?: string, live = false): Promise<void> {
  const { setResult } = appStore.getState();
  await Promise.all(
    seriesUIDs.map(async (uid) => {
      try {
        const ev = await ensureEngineVolume(uid);
        if (shape.kind === 'mask' && shape.volumeId !== ev.id) return;
        const meta = { requestId: version, ...(channel ? { channel: `${channel}:${id}:${uid}` } : {}) };
        const t0 = performance.now();
        const r = await measureWorker().measure(ev.id, shapeFor(shape, ev.modality), meta, { skipShape: live });
        if (r.cancelled) return;
        if (live && r.ok) recordTiming(performance.now() - t0, r.value.computeMs ?? NaN);
        setResult(id, uid, r.ok ? { version, measurement: r.value } : { version, error: r.error });
      } catch (e) {
        setResult(id, uid, { version, error: e instanceof Error ? e.message : String(e) });
      }
    }),
  );
}

const timings: { roundTripMs: number; computeMs: number }[] = [];
/** Round-trip and in-worker compute times (ms) of the last live measure requests (interaction benchmark). */
export const liveTimings = (): { roundTripMs: number; computeMs: number }[] => [...timings];
function recordTiming(roundTripMs: number, computeMs: number): void {
  timings.push({ roundTripMs, computeMs });
  if (timings.length > 1000) timings.shift();
}

let counter = 0;
/** A fresh shape version (global, increasing). */
export const nextVersion = (): number => ++counter;

/** Apply the panel's PET threshold setting to a sphere drawn with the sphere tool. */
export function withPetThreshold(tool: ToolKind, shape: RoiShape): { tool: ToolKind; shape: RoiShape } {
  const { petThreshold, liverReference } = appStore.getState();
  if (tool !== 'sphere' || shape.kind !== 'sphere' || petThreshold.kind === 'off') return { tool, shape };
  if (petThreshold.kind === 'percist' && !liverReference) return { tool, shape };
  const mode = petThreshold.kind === 'percist' && liverReference ? { kind: 'percist' as const, liverMean: liverReference.mean, liverSd: liverReference.sd } : petThreshold;
  return { tool: 'petThreshold', shape: { kind: 'petThreshold', within: shape, mode } };
}
