import { imageLoader } from '@cornerstonejs/core';
import type { Geometry } from '@caliper/core';
import { fitVfaT1Map } from '@caliper/engine';
import { appStore } from '../../../app/store';
import { prefetchedInstance } from '../../../viewports/prefetch';
import { prepareSeries } from '../../../viewports/prepareSeries';
import { stackVfaImages, type VfaImage } from './stackVfaImages';

const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : Number(s));

/**
 * The per-voxel T10 map (ms; 0 = no fit, left out of the maps) of a variable-flip-angle series on
 * the dynamic grid: headers → one stack per flip angle (stackVfaImages), pixels loaded and rescaled,
 * then fitVfaT1Map (SPGR equation, as `caliper dce --vfa`) slice by slice, yielding between slices
 * so the viewer stays responsive. Progress counts images then slices. Errors name the series.
 */
export async function loadVfaT10(vfaSeriesUID: string, geometry: Geometry, onProgress?: (label: string, done: number, total: number) => void): Promise<{ t10Ms: Float32Array; flipAnglesDeg: number[]; medianMs: number | null }> {
  const s = appStore.getState().series[vfaSeriesUID];
  if (!s) throw new Error(`unknown VFA series ${vfaSeriesUID}`);
  const ids = await prepareSeries(s);
  const items: VfaImage[] = ids.flatMap((imageId) => {
    const inst = prefetchedInstance(imageId);
    if (!inst?.imagePositionPatient) return [];
    return [{ imageId, flipAngleDeg: num(inst.dataSet.string('x00181314')), trMs: num(inst.dataSet.string('x00180080')), position: inst.imagePositionPatient, rows: inst.rows, columns: inst.columns }];
  });
  let stacks;
  try {
    stacks = stackVfaImages(items, geometry);
  } catch (e) {
    throw new Error(`VFA series #${s.seriesNumber ?? '—'} ${s.seriesDescription}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const [ni, nj, nk] = geometry.dimensions;
  const np = ni * nj;
  const total = stacks.imageIds.length * nk;
  let done = 0;
  const images = await Promise.all(stacks.imageIds.map(async (stack) => {
    const out = new Float32Array(np * nk);
    await Promise.all(stack.map(async (id, k) => {
      const im = await imageLoader.loadAndCacheImage(id);
      const px = im.getPixelData();
      const slope = im.slope ?? 1, icpt = im.intercept ?? 0;
      for (let q = 0; q < np; q++) out[k * np + q] = px[q] * slope + icpt;
      onProgress?.('Loading the VFA series…', ++done, total);
    }));
    return out;
  }));
  const t10Ms = new Float32Array(np * nk);
  for (let k = 0; k < nk; k++) {
    const voxels = Uint32Array.from({ length: np }, (_, q) => k * np + q);
    fitVfaT1Map(images, stacks.flipAnglesDeg, stacks.trMs, { voxels, out: t10Ms });
    onProgress?.(`Fitting T10 (VFA ${stacks.flipAnglesDeg.join('/')}°)…`, k + 1, nk);
    await new Promise((r) => setTimeout(r, 0));
  }
  const fitted = Array.from(t10Ms).filter((t) => t > 0).sort((a, b) => a - b);
  return { t10Ms, flipAnglesDeg: stacks.flipAnglesDeg, medianMs: fitted.length ? fitted[Math.floor(fitted.length / 2)] : null };
}
