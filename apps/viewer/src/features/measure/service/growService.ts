import type { Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import type { Lesion } from '../model/lesion';
import type { GrowBounds } from '../worker/growDefaults';
import type { GrowReply } from '../worker/createMeasureApi';
import { seriesOfViewport } from '../tools/viewportSeries';
import { describeLocation } from '../tools/describeLocation';
import { autoRecistAnnotation } from '../tools/autoRecistAnnotation';
import { renderAll } from '../tools/annotationBridge';
import { engineVolumeInfo, ensureEngineVolume } from './engineVolumes';
import { measureLesion, nextVersion } from './measureLesion';
import { measureWorker } from './measureWorker';

type Vec3 = readonly [number, number, number];

/** The latest preview request (accept waits for it when the shown preview is not for the last bounds). */
let inflight: Promise<GrowReply | null> = Promise.resolve(null);

function run(): Promise<GrowReply | null> {
  inflight = request();
  return inflight;
}

async function request(): Promise<GrowReply | null> {
  const g = appStore.getState().grow;
  if (!g) return null;
  // Post the request synchronously when the volume is already in the worker: before React renders
  // the store change that started it (that render runs in a microtask, after this).
  const ev = engineVolumeInfo(g.seriesUID) ?? (await ensureEngineVolume(g.seriesUID));
  const t0 = performance.now();
  const r = await measureWorker().grow(ev.id, g.seedMm, g.bounds, { requestId: g.version, channel: 'grow' });
  const roundTripMs = performance.now() - t0;
  const now = appStore.getState().grow;
  if (r.cancelled || !now || now.version !== g.version) return null;
  if (!r.ok) {
    appStore.getState().setMeasure({ grow: { ...now, error: r.error } });
    return null;
  }
  appStore.getState().setMeasure({ grow: { ...now, bounds: r.value.bounds, reply: { ...r.value, timings: { ...r.value.timings, roundTripMs }, version: g.version } } });
  return r.value;
}

/** Click-to-grow: a preview region from a seed (patient mm) with default bounds from the local intensity. */
export function startGrow(viewportId: string, seedMm: Vec3, bounds?: GrowBounds, seriesUID?: string): Promise<GrowReply | null> {
  const uid = seriesUID ?? seriesOfViewport(viewportId).at(-1);
  if (!uid) return Promise.resolve(null);
  appStore.getState().setMeasure({ grow: { seriesUID: uid, viewportId, seedMm, version: nextVersion(), ...(bounds ? { bounds } : {}) } });
  return run();
}

/** New bounds (slider/drag): re-grow; an unfinished older preview is superseded. */
export function setGrowBounds(bounds: GrowBounds): Promise<GrowReply | null> {
  const g = appStore.getState().grow;
  if (!g) return Promise.resolve(null);
  appStore.getState().setMeasure({ grow: { ...g, bounds, version: nextVersion() } });
  return run();
}

export function cancelGrow(): void {
  appStore.getState().setMeasure({ grow: null });
}

/**
 * Accept the preview: it becomes a lesion (a 3D segmentation, measured in full incl. shape), shown
 * by its auto-RECIST bidirectional annotation. Resolves to the lesion.
 */
export async function acceptGrow(): Promise<Lesion | null> {
  const before = appStore.getState().grow;
  if (before && before.reply?.version !== before.version) await inflight;
  const g = appStore.getState().grow;
  const reply = g?.reply;
  if (!g || !reply || reply.voxelCount === 0) return null;
  const ev = await ensureEngineVolume(g.seriesUID);
  const vp = viewportById(g.viewportId) as Types.IViewport | undefined;
  const ann = reply.measurement.result.recist ? autoRecistAnnotation(reply.measurement.result.recist, ev, vp) : undefined;
  const id = ann?.annotationUID ?? `grow-${g.version}`;
  const shape = { kind: 'mask' as const, volumeId: ev.id, mask: reply.mask };
  const s = appStore.getState();
  const version = nextVersion();
  const focus = reply.measurement.result.recist ? reply.measurement.result.recist.long : null;
  const focusMm = focus ? ([0, 1, 2].map((d) => (focus[0][d] + focus[1][d]) / 2) as unknown as Lesion['focusMm']) : (g.seedMm as unknown as Lesion['focusMm']);
  const lesion: Lesion = {
    id, name: `Lesion ${s.lesions.length + 1}`, location: describeLocation({ kind: 'sphere', center: focusMm, radiusMm: 0 }, g.viewportId),
    role: 'target', tool: 'grow', shape, version, seriesUIDs: [g.seriesUID], focusMm, viewportId: g.viewportId, ...(ann ? { annotation: ann } : {}),
  };
  s.setLiveVersion(id, version);
  s.runCommand({ type: 'addLesion', lesion });
  s.setMeasure({ grow: null, selectedLesionId: id, activeId: id });
  if (ann) {
    const { annotation } = await import('@cornerstonejs/tools');
    annotation.state.addAnnotation(JSON.parse(JSON.stringify(ann)), (ann.metadata as { FrameOfReferenceUID: string }).FrameOfReferenceUID);
    renderAll();
  }
  await measureLesion(id, shape, version, [g.seriesUID]);
  return appStore.getState().lesions.find((l) => l.id === id) ?? null;
}
