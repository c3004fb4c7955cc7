import type { Types } from '@cornerstonejs/core';
import { annotation } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import type { Lesion } from '../model/lesion';
import type { GrowPreview } from '../model/measureSlice';
import type { GrowBounds } from '../worker/growDefaults';
import type { GrowReply } from '../worker/createMeasureApi';
import { seriesOfViewport } from '../tools/viewportSeries';
import { describeLocation } from '../tools/describeLocation';
import { autoRecistAnnotation } from '../tools/autoRecistAnnotation';
import { renderAll } from '../tools/annotationBridge';
import { engineVolumeInfo, ensureEngineVolume } from './engineVolumes';
import type { EngineVolume } from './engineVolumes';
import type { ShapeMeasurement } from '../worker/measureShape';
import { measureLesion, nextVersion } from './measureLesion';
import { measureWorker } from './measureWorker';
import { bboxTouchesBorder, implausibleRegion } from '../model/plausibility';
import { askImplausible } from '../ui/askImplausible';

type Vec3 = readonly [number, number, number];

/**
 * The latest preview asked for. The store's `grow` is what is shown: a new seed's preview enters it
 * with its reply (nothing on screen changes at the click, so the main thread is free to take the
 * reply instead of drawing a pending state); new bounds enter it at once (the outline turns dashed).
 */
let requested: GrowPreview | null = null;
/** The latest preview request (accept waits for it when the shown preview is not the one asked for last). */
let inflight: Promise<GrowReply | null> = Promise.resolve(null);

/** Version of the preview asked for last (the drag that a press starts adjusts that one). */
export const pendingGrowVersion = (): number | undefined => requested?.version;

function run(g: GrowPreview): Promise<GrowReply | null> {
  requested = g;
  inflight = request(g);
  return inflight;
}

async function request(g: GrowPreview): Promise<GrowReply | null> {
  // Post the request synchronously when the volume is already in the worker: before React renders
  // any store change that came with it (that render runs in a microtask, after this).
  const ev = engineVolumeInfo(g.seriesUID) ?? (await ensureEngineVolume(g.seriesUID));
  const t0 = performance.now();
  const r = await measureWorker().grow(ev.id, g.seedMm, g.bounds, { requestId: g.version, channel: 'grow' });
  const t1 = performance.now();
  if (r.cancelled || requested?.version !== g.version) return null;
  if (!r.ok) {
    appStore.getState().setMeasure({ grow: { ...g, error: r.error } });
    return null;
  }
  requested = { ...g, bounds: r.value.bounds };
  appStore.getState().setMeasure({ grow: { ...g, bounds: r.value.bounds, reply: { ...r.value, timings: roundTrip(r.value.timings, t0, t1), version: g.version } } });
  return r.value;
}

/** The worker's timings plus the round trip and the legs to and from it (main-thread times t0 → t1). */
function roundTrip(w: GrowReply['timings'], t0: number, t1: number): GrowReply['timings'] {
  const o = performance.timeOrigin;
  return { ...w, roundTripMs: t1 - t0, toWorkerMs: w.startedAt - (o + t0), fromWorkerMs: o + t1 - w.finishedAt };
}

/** Click-to-grow: a preview region from a seed (patient mm) with default bounds from the local intensity. */
export function startGrow(viewportId: string, seedMm: Vec3, bounds?: GrowBounds, seriesUID?: string): Promise<GrowReply | null> {
  const uid = seriesUID ?? seriesOfViewport(viewportId).at(-1);
  if (!uid) return Promise.resolve(null);
  return run({ seriesUID: uid, viewportId, seedMm, version: nextVersion(), ...(bounds ? { bounds } : {}) });
}

/** New bounds (slider/drag): re-grow; an unfinished older preview is superseded. */
export function setGrowBounds(bounds: GrowBounds): Promise<GrowReply | null> {
  const base = requested ?? appStore.getState().grow;
  if (!base) return Promise.resolve(null);
  const { reply: _reply, error: _error, ...g } = { ...base, bounds, version: nextVersion() };
  const shown = appStore.getState().grow;
  if (shown) appStore.getState().setMeasure({ grow: { ...shown, ...g } });
  return run(g);
}

export function cancelGrow(): void {
  requested = null;
  appStore.getState().setMeasure({ grow: null });
}

/**
 * Accept the preview: it becomes a lesion (a 3D segmentation, measured in full incl. shape), shown
 * by its auto-RECIST bidirectional annotation. Resolves to the lesion. An implausible region asks
 * the reader first, unless `ask` is false (the automation API: a script has no one to answer).
 */
export async function acceptGrow(options: { readonly ask?: boolean } = {}): Promise<Lesion | null> {
  if (requested && appStore.getState().grow?.reply?.version !== requested.version) await inflight;
  const g = appStore.getState().grow;
  const reply = g?.reply;
  if (!g || !reply || reply.voxelCount === 0) return null;
  // A click on background grows the whole body: ask before such a region becomes a lesion.
  const reasons = implausibleRegion({
    volumeMl: reply.measurement.result.volumeMl ?? 0,
    touchesBorder: bboxTouchesBorder(reply.mask.bbox, reply.mask.dimensions),
    truncated: reply.truncated,
  }, appStore.getState().plausibility);
  if (options.ask !== false && reasons.length && !(await askImplausible({ title: 'Keep this grown region as a lesion?', reasons }))) {
    cancelGrow();
    return null;
  }
  if (appStore.getState().grow !== g) return null;
  const ev = engineVolumeInfo(g.seriesUID) ?? (await ensureEngineVolume(g.seriesUID));
  if (appStore.getState().grow !== g) return null;
  const { id, shape, version } = commitGrownLesion(grownLesion(g, reply, ev), undefined, { clearPreview: true });
  await measureLesion(id, shape, version, [g.seriesUID]);
  return appStore.getState().lesions.find((l) => l.id === id) ?? null;
}

interface GrownLesion {
  readonly lesion: Lesion;
  readonly shape: Extract<Lesion['shape'], { kind: 'mask' }>;
  readonly ann: ReturnType<typeof autoRecistAnnotation> | undefined;
  readonly seriesUID: string;
}

/**
 * The lesion a grown region becomes, with its auto-RECIST drawing, not yet in the store: what
 * Accept adds, shared by the automation API. `g` is the preview the region was grown for.
 */
function grownLesion(g: GrowPreview, reply: GrowReply, ev: EngineVolume): GrownLesion {
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
    growParams: { seedMm: [g.seedMm[0], g.seedMm[1], g.seedMm[2]], lower: reply.bounds.lower, upper: reply.bounds.upper, ...(g.bounds ? {} : { auto: true }) },
  };
  return { lesion, shape, ann, seriesUID: g.seriesUID };
}

/**
 * Adds a grown lesion (one undoable command) and its drawing. `clearPreview`: Accept closes the
 * preview it accepted; the API leaves alone whatever preview the reader has open.
 */
function commitGrownLesion(m: GrownLesion, measured: ShapeMeasurement | undefined, opts: { readonly clearPreview: boolean }): { id: string; shape: GrownLesion['shape']; version: number } {
  const { lesion, ann } = m;
  const { id, version } = lesion;
  const s = appStore.getState();
  s.setLiveVersion(id, version);
  s.runCommand({ type: 'addLesion', lesion });
  if (opts.clearPreview) {
    requested = null;
    s.setMeasure({ grow: null, selectedLesionId: id, activeId: id });
  } else s.setMeasure({ selectedLesionId: id, activeId: id });
  // Its result in the same synchronous step (no await since the command): the lesion table and
  // overlays render once, with the numbers, not once without and once with them.
  if (measured) s.setResult(id, m.seriesUID, { version, measurement: measured });
  if (ann) {
    try {
      annotation.state.addAnnotation(JSON.parse(JSON.stringify(ann)), (ann.metadata as { FrameOfReferenceUID: string }).FrameOfReferenceUID);
      renderAll();
    } catch (e) {
      // The lesion and its numbers are in; only its drawing is missing (the table still lists it).
      console.error('grown lesion: its RECIST drawing could not be added', e);
    }
  }
  return { id, shape: m.shape, version };
}

/** The worker's compute time (grow + full measurement) and the round trip's legs (ms) of a `growLesion`. */
export type GrowLesionTimings = GrowReply['timings'] & { readonly computeMs: number; readonly lesionMs: number };

/** Called synchronously by `growLesion`: with the measurement before the lesion enters the store, then with the timings once it is in. */
export interface GrowLesionHooks {
  readonly measured?: (m: ShapeMeasurement) => void;
  readonly done?: (t: GrowLesionTimings) => void;
}

/**
 * Click-to-grow and accept in one step, for the automation API: one worker round trip grows the
 * region and measures it in full (as Accept's re-measurement would), no preview is shown, and the
 * lesion enters the store with its result. `bounds` missing one or both ends take the local
 * defaults (as a click). Throws with the reason when nothing was grown.
 */
export async function growLesion(viewportId: string, seedMm: Vec3, bounds: Partial<GrowBounds>, seriesUID?: string, hooks: GrowLesionHooks = {}): Promise<Lesion> {
  const uid = seriesUID ?? seriesOfViewport(viewportId).at(-1);
  if (!uid) throw new Error('grow failed: no series in the active viewport');
  // A preview the reader left open is replaced, as a new click would.
  if (requested || appStore.getState().grow) cancelGrow();
  const ev = engineVolumeInfo(uid) ?? (await ensureEngineVolume(uid));
  const both = bounds.lower !== undefined && bounds.upper !== undefined;
  const g: GrowPreview = { seriesUID: uid, viewportId, seedMm, version: nextVersion(), ...(both ? { bounds: bounds as GrowBounds } : {}) };
  const t0 = performance.now();
  const r = await measureWorker().grow(ev.id, seedMm, bounds, { requestId: g.version }, { fullMeasure: true });
  const t1 = performance.now();
  if (r.cancelled) throw new Error('cancelled');
  if (!r.ok) throw new Error(r.error);
  if (r.value.voxelCount === 0) throw new Error('empty region');
  const { bounds: used } = r.value;
  // One bound given: the lesion records both as used (as after a drag of the preview's bounds).
  // Built first: anything that can fail (its drawing, its site) fails before the caller is told.
  const made = grownLesion(bounds.lower !== undefined || bounds.upper !== undefined ? { ...g, bounds: used } : g, r.value, ev);
  // From here on synchronous: `measured` may settle a caller's promise, whose continuation then
  // runs after the lesion is in the store (same task) and before React renders it (a microtask).
  hooks.measured?.(r.value.measurement);
  // A preview the reader started while this grew stays (the API's region was never the preview).
  const { id } = commitGrownLesion(made, r.value.measurement, { clearPreview: false });
  hooks.done?.({ ...roundTrip(r.value.timings, t0, t1), computeMs: r.value.timings.growMs + r.value.timings.measureMs, lesionMs: performance.now() - t1 });
  const lesion = appStore.getState().lesions.find((l) => l.id === id);
  if (!lesion) throw new Error('the lesion was removed');
  return lesion;
}
