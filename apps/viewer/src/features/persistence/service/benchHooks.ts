import { patientPoint } from '@caliper/core';
import { appStore } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import { ensureEngineVolume } from '../../measure/service/engineVolumes';
import { nextVersion } from '../../measure/service/measureLesion';
import { syncAnnotations } from '../../measure/tools/syncAnnotations';
import { cropLabel } from '../mapping/fromReading';
import { applyReading } from './applyReading';
import { currentReading, readingStore, studyOfLesion } from './session';

/** Resolves once every lesion has a result for its current version on each of its series. */
function whenMeasured(): Promise<void> {
  const done = () => {
    const s = appStore.getState();
    return s.lesions.every((l) => l.seriesUIDs.every((u) => s.results[l.id]?.[u]?.version === l.version));
  };
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const unsub = appStore.subscribe(() => {
      if (!done()) return;
      unsub();
      resolve();
    });
  });
}

/**
 * Benchmark helpers (e2e/bench/reading.bench.ts): a reading of `n` segmented lesions (balls of
 * `radiusMm` spread over the series grid), and timed save / restore of it.
 */
export const readingBenchHooks = {
  async seedSegmentedLesions(seriesUID: string, n: number, radiusMm: number): Promise<number> {
    const ev = await ensureEngineVolume(seriesUID);
    const g = ev.geometry;
    const [ni, nj, nk] = g.dimensions;
    const labels = new Uint8Array(ni * nj * nk);
    const r = [0, 1, 2].map((d) => Math.ceil(radiusMm / g.spacing[d]));
    const lesions: Lesion[] = [];
    for (let x = 0; x < n; x++) {
      // Centres on a 5 × 4 lattice in the middle of the grid, balls never overlapping.
      const c = [Math.round(ni * (0.2 + 0.15 * (x % 5))), Math.round(nj * (0.25 + 0.17 * Math.floor(x / 5) % 4)), Math.round(nk / 2)];
      for (let k = c[2] - r[2]; k <= c[2] + r[2]; k++)
        for (let j = c[1] - r[1]; j <= c[1] + r[1]; j++)
          for (let i = c[0] - r[0]; i <= c[0] + r[0]; i++) {
            const d = [(i - c[0]) * g.spacing[0], (j - c[1]) * g.spacing[1], (k - c[2]) * g.spacing[2]];
            if (d[0] ** 2 + d[1] ** 2 + d[2] ** 2 <= radiusMm ** 2) labels[(k * nj + j) * ni + i] = x + 1;
          }
      const mask = cropLabel(labels, g.dimensions, x + 1);
      const focus = [0, 1, 2].map((a) => g.origin[a] + c[0] * g.spacing[0] * g.rowDirection[a] + c[1] * g.spacing[1] * g.columnDirection[a] + c[2] * g.spacing[2] * g.sliceDirection[a]);
      lesions.push({
        id: `bench-${x + 1}`, name: `Bench ${x + 1}`, location: '', role: 'target', tool: 'grow', version: nextVersion(), seriesUIDs: [seriesUID],
        focusMm: patientPoint(focus[0], focus[1], focus[2]), shape: { kind: 'mask', volumeId: seriesUID, mask },
      });
    }
    appStore.setState({ lesions, undoStack: [], redoStack: [] });
    syncAnnotations();
    await whenMeasured();
    return lesions.length;
  },
  /** Build the reading from the store and write it to IndexedDB; ms. */
  async saveOnce(studyUID: string): Promise<{ ms: number; buildMs: number }> {
    const store = await readingStore();
    const t0 = performance.now();
    const { reading } = currentReading(studyUID);
    const t1 = performance.now();
    await store.save(reading);
    return { ms: performance.now() - t0, buildMs: t1 - t0 };
  },
  /** Load from IndexedDB and make it current (lesions in the store, drawings made), then until every value is re-measured; ms. */
  async restoreOnce(studyUID: string): Promise<{ toLesionsMs: number; toValuesMs: number; lesions: number; skipped: string[] }> {
    appStore.setState({ lesions: [], results: {} });
    const t0 = performance.now();
    const loaded = await (await readingStore()).load(studyUID);
    if (!loaded.reading) throw new Error('nothing saved');
    const skipped = await applyReading(loaded.reading, studyOfLesion);
    const t1 = performance.now();
    await whenMeasured();
    return { toLesionsMs: t1 - t0, toValuesMs: performance.now() - t0, lesions: appStore.getState().lesions.length, skipped: skipped.map((x) => `${x.lesion}: ${x.reason}`) };
  },
};
