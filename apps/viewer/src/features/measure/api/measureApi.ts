import { validateRoiSpec } from '@caliper/engine';
import type { MeasureResult } from '@caliper/engine';
import { appStore } from '../../../app/store';
import { viewportsFor } from '../../../viewports/ids';
import type { Lesion } from '../model/lesion';
import { engineVolumeInfo, ensureEngineVolume } from '../service/engineVolumes';
import { growLesion } from '../service/growService';
import type { GrowLesionTimings } from '../service/growService';
import { measureWorker } from '../service/measureWorker';
import { syncAnnotations } from '../tools/syncAnnotations';
import { seriesOfViewport } from '../tools/viewportSeries';
import type { ShapeMeasurement } from '../worker/measureShape';

/** A lesion as `caliper.lesions()` lists it: its fields and, per series, the CLI-shaped result. */
export interface ApiLesion {
  readonly id: string;
  readonly name: string;
  readonly location: string;
  readonly role: Lesion['role'];
  readonly tool: Lesion['tool'];
  readonly seriesUIDs: readonly string[];
  readonly results: Readonly<Record<string, (MeasureResult & Pick<ShapeMeasurement, 'linesMm' | 'areaMm2'>) | { error: string } | null>>;
}

export function activeViewportId(): string {
  const s = appStore.getState();
  return viewportsFor(s.layout)[s.activeViewport]?.id ?? viewportsFor(s.layout)[0].id;
}

let lastEngineMs = NaN;
let lastLegs: Record<string, number> = {};
/** The worker's own compute time (ms) of the last `caliper.measure`/`caliper.grow` call (pnpm bench api's baseline). */
export const lastApiEngineMs = (): number => lastEngineMs;
/** Where the last `caliper.grow` spent its time (ms): to the worker, in it, back, making the lesion. */
export const lastApiLegs = (): Record<string, number> => ({ ...lastLegs });

/**
 * `caliper.measure(roiSpec, seriesUID?)`: the CLI's ROI JSON and result document, same engine path.
 * A volume already in the worker is measured without waiting on anything else (one round trip).
 */
export async function apiMeasure(roiSpec: unknown, seriesUID?: string): Promise<MeasureResult> {
  const spec = validateRoiSpec(roiSpec);
  if (!spec.ok) throw new Error(spec.error);
  const uid = seriesUID ?? seriesOfViewport(activeViewportId())[0];
  if (!uid) throw new Error('no series: open one or pass seriesInstanceUID');
  const ev = engineVolumeInfo(uid) ?? (await ensureEngineVolume(uid));
  const r = await measureWorker().measureSpec(ev.id, spec.value, { requestId: `api-${Date.now()}` });
  if (r.cancelled) throw new Error('cancelled');
  if (!r.ok) throw new Error(r.error);
  lastEngineMs = r.value.computeMs;
  return r.value.result;
}

/**
 * `caliper.grow(seedMm, {lower?, upper?, seriesInstanceUID?})`: click-to-grow and accept without the
 * mouse; adds the lesion (grown and measured in full in one worker round trip, no preview shown).
 * The promise settles as the lesion enters the store, in the same task: the caller resumes with the
 * lesion and its result in the store (caliper.lesions()), without waiting for React to render them.
 */
export function apiGrow(seedMm: readonly [number, number, number], opts: { lower?: number; upper?: number; seriesInstanceUID?: string } = {}): Promise<MeasureResult> {
  // A script has no one to answer the implausibility dialog: its region is kept as asked.
  const bounds = { ...(opts.lower !== undefined ? { lower: opts.lower } : {}), ...(opts.upper !== undefined ? { upper: opts.upper } : {}) };
  return new Promise((resolve, reject) => {
    let settled = false;
    const hooks = {
      measured: (m: ShapeMeasurement) => {
        settled = true;
        resolve(m.result);
      },
      done: (t: GrowLesionTimings) => {
        lastEngineMs = t.computeMs;
        lastLegs = { toWorkerMs: t.toWorkerMs ?? NaN, inWorkerMs: t.finishedAt - t.startedAt, fromWorkerMs: t.fromWorkerMs ?? NaN, lesionMs: t.lesionMs };
      },
    };
    growLesion(activeViewportId(), seedMm, bounds, opts.seriesInstanceUID, hooks).catch((e: unknown) => {
      if (!settled) reject(e instanceof Error ? e : new Error(String(e)));
      else console.error('caliper.grow: the lesion could not be added', e);
    });
  });
}

export function apiLesions(): ApiLesion[] {
  const s = appStore.getState();
  return s.lesions.map((l) => ({
    id: l.id, name: l.name, location: l.location, role: l.role, tool: l.tool, seriesUIDs: l.seriesUIDs,
    results: Object.fromEntries(
      l.seriesUIDs.map((uid) => {
        const r = s.results[l.id]?.[uid];
        if (!r || r.version !== l.version) return [uid, null];
        return [uid, r.measurement ? { ...r.measurement.result, linesMm: r.measurement.linesMm, areaMm2: r.measurement.areaMm2 } : { error: r.error ?? 'unknown' }];
      }),
    ),
  }));
}

/** Remove every lesion (one undoable step) and its drawings. */
export function apiClearLesions(): void {
  appStore.getState().runCommand({ type: 'restoreLesions', lesions: [] });
  syncAnnotations();
}
