import type { Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import { nextRender } from '../../../viewports/bridge';
import { annotation as csAnnotation } from '@cornerstonejs/tools';
import { jumpToPoint } from '../service/jumpToLesion';
import { liveTimings } from '../live/liveTimings';
import { setLesionLocked } from '../tools/lesionLocks';
import { engineRestarts, measureWorker } from '../service/measureWorker';
import { activeViewportId, apiClearLesions, apiGrow, apiLesions, apiMeasure, lastApiEngineMs, lastApiLegs } from './measureApi';

/** Adds measure, grow, lesions, clearLesions (and measureDebug for tests) to `window.caliper`. */
export function installMeasureApi(): void {
  const api = window.caliper;
  api.extend('measure', apiMeasure);
  api.extend('grow', apiGrow);
  api.extend('lesions', apiLesions);
  api.extend('clearLesions', apiClearLesions);
  api.extend('measureDebug', {
    /** Canvas point (CSS px, relative to the viewport element) of a patient point. */
    worldToCanvas(viewportId: string, lps: readonly [number, number, number]): [number, number] {
      const vp = viewportById(viewportId);
      if (!vp) throw new Error(`no viewport ${viewportId}`);
      const p = vp.worldToCanvas([lps[0], lps[1], lps[2]] as Types.Point3);
      return [p[0], p[1]];
    },
    activeViewportId,
    /** Round-trip times (ms) of the recent live measure requests to the engine worker. */
    timings: liveTimings,
    /** Loads the engine-vs-Cornerstone comparison hooks (e2e/bench/compare.bench.ts) as a separate chunk. */
    compareHooks: () => import('../bench/compareHooks'),
    /** Interaction benchmark baseline: Cornerstone's stock EllipticalROI (own main-thread stats) on the left button. */
    useCornerstoneStatsTool: async () => (await import('../bench/cornerstoneStatsTool')).useCornerstoneStatsTool(),
    /**
     * Show the plane through a patient point in a viewport (scroll a stack / move the camera);
     * resolves once that plane is drawn (Cornerstone draws on the next animation frame, later on a
     * busy machine), so a canvas read that follows sees it; at most 3 s.
     */
    goTo: async (viewportId: string, lps: readonly [number, number, number]) => {
      const how = await jumpToPoint(viewportId, lps);
      await Promise.race([nextRender(viewportId), new Promise((resolve) => setTimeout(resolve, 3000))]);
      return how;
    },
    /** World handle points of an annotation (e.g. a lesion's drawing). */
    annotationPoints(uid: string): number[][] | null {
      const a = csAnnotation.state.getAnnotation(uid);
      return a ? (a.data.handles?.points ?? []).map((p) => [p[0], p[1], p[2]]) : null;
    },
    /** Lock / unlock a lesion (as its lock button does): no tool moves a locked lesion. */
    lockLesion: (id: string, locked: boolean) => setLesionLocked(id, locked),
    /** Fault injection (e2e/faults.spec.ts): end the engine worker ('close') or raise an uncaught error in it ('throw'). */
    crashEngine: (mode: 'close' | 'throw' = 'close') => void measureWorker().crashForTest(mode).catch(() => undefined),
    /** Restarts of the engine worker since the page opened. */
    engineRestarts,
    /** The worker's own compute time (ms) of the last caliper.measure / caliper.grow (pnpm bench api). */
    lastApiEngineMs,
    /** Legs (ms) of the last caliper.grow: to the worker, in it, back, making the lesion. */
    lastApiLegs,
    /** Plain snapshot of the measure state (lesions, versions, grow preview summary). */
    state() {
      const s = appStore.getState();
      return {
        measureTool: s.measureTool, activeId: s.activeId, lesionIds: s.lesions.map((l) => l.id), liveVersion: s.liveVersion,
        undo: s.undoStack.length, redo: s.redoStack.length,
        lesions: s.lesions.map((l) => ({ id: l.id, locked: !!l.locked, history: l.history ?? [] })),
        confirm: s.confirm,
        grow: s.grow ? { version: s.grow.version, replyVersion: s.grow.reply?.version, voxelCount: s.grow.reply?.voxelCount, bounds: s.grow.bounds, volumeMl: s.grow.reply?.measurement.result.volumeMl } : null,
        suv: s.suv,
      };
    },
  });
}
