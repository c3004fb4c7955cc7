import * as Comlink from 'comlink';
import { imageLoader, metaData } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import dicomParser from 'dicom-parser';
import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { groupByBValue, readBValue } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import { diffusionFamily } from '../../adc/diffusionFamily';
import { prefetchedInstance } from '../../../viewports/prefetch';
import { prepareSeries } from '../../../viewports/prepareSeries';
import { measureWorker } from './measureWorker';

type V = readonly number[];

export interface DiffusionInfo {
  readonly id: string;
  readonly geometry: Geometry;
  readonly bValues: readonly number[];
  /** imageIds of the lowest-b volume in slice order (k); of the derived map for a derived series. */
  readonly imageIds: readonly string[];
}

/** How a multi-b series stacks into one volume per b-value (from headers only, no pixels). */
export interface DiffusionPlan extends DiffusionInfo {
  readonly seriesUID: string;
  /** imageIds per b-value (same order as bValues), each in slice order. */
  readonly byB: readonly (readonly string[])[];
}

/** b-value of an image: parsed header, else the loader's data set, else its header fetched again. */
async function bOf(imageId: string): Promise<number | undefined> {
  const inst = prefetchedInstance(imageId);
  if (inst) return readBValue(inst.dataSet)?.bValue;
  if (!imageId.startsWith('wadouri:')) return undefined;
  const url = wadouri.parseImageId(imageId).url;
  const cached = wadouri.dataSetCacheManager.get(url);
  if (cached) return readBValue(cached)?.bValue;
  if (!/^https?:|^\.|^\/|^blob:/.test(url)) return undefined;
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  return readBValue(dicomParser.parseDicom(bytes, { untilTag: 'x7fe00010' }))?.bValue;
}

const plans = new Map<string, Promise<DiffusionPlan | null>>();

/**
 * Reads the headers of an MR series and, when it holds ≥ 2 b-values, how its images stack into
 * one volume per b-value (sorted along the slice normal) and the ADC map's geometry. Null when it
 * has fewer than 2 b-values; throws when the b-values have different slice counts. Cached.
 */
export function planDiffusion(series: SeriesEntry): Promise<DiffusionPlan | null> {
  const uid = series.seriesInstanceUID;
  let p = plans.get(uid);
  if (!p) {
    p = buildPlan(series);
    plans.set(uid, p);
    p.catch(() => plans.delete(uid));
  }
  return p;
}

async function buildPlan(series: SeriesEntry): Promise<DiffusionPlan | null> {
  const ids = await prepareSeries(series);
  const bs = await Promise.all(ids.map(bOf));
  const { groups } = groupByBValue(ids.map((imageId, i) => ({ imageId, b: bs[i] })), (it) => it.b);
  if (groups.length < 2) return null;
  // Geometry comes from Cornerstone's metadata: sources that register it only on decode get their images loaded.
  const unknown = ids.filter((id) => !metaData.get('imagePlaneModule', id)?.imagePositionPatient);
  await Promise.all(unknown.map((id) => imageLoader.loadAndCacheImage(id)));
  const planeOf = (id: string) => metaData.get('imagePlaneModule', id) as { imagePositionPatient: V; rowCosines: V; columnCosines: V; rowPixelSpacing: number; columnPixelSpacing: number; rows: number; columns: number };
  const plane = planeOf(groups[0].items[0].imageId);
  const r = plane.rowCosines, c = plane.columnCosines;
  const n = [r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0]];
  const along = (id: string) => {
    const p = planeOf(id).imagePositionPatient;
    return p[0] * n[0] + p[1] * n[1] + p[2] * n[2];
  };
  const byB = groups.map((g) => g.items.map((it) => it.imageId).sort((a, b) => along(a) - along(b)));
  const nk = byB[0].length;
  if (byB.some((s) => s.length !== nk)) {
    throw new Error(`diffusion series ${series.seriesInstanceUID}: b-values have different slice counts (${byB.map((s) => s.length).join(', ')})`);
  }
  const { rows, columns } = plane;
  const first = planeOf(byB[0][0]).imagePositionPatient;
  const geometry: Geometry = {
    dimensions: [columns, rows, nk],
    origin: patientPoint(first[0], first[1], first[2]),
    rowDirection: [r[0], r[1], r[2]],
    columnDirection: [c[0], c[1], c[2]],
    sliceDirection: [n[0], n[1], n[2]],
    spacing: [plane.columnPixelSpacing, plane.rowPixelSpacing, nk > 1 ? (along(byB[0][nk - 1]) - along(byB[0][0])) / (nk - 1) : 1],
  };
  const id = `adc:${series.seriesInstanceUID}`;
  return { seriesUID: series.seriesInstanceUID, id, geometry, bValues: groups.map((g) => g.bValue), imageIds: byB[0], byB };
}

const fits = new Map<string, Promise<Float32Array>>();

/**
 * The ADC map (10⁻³ mm²/s, k-major like `plan.geometry`) of a diffusion plan: loads its images,
 * fits in the engine worker (log-linear least squares over all b-values), where it stays as volume
 * `plan.id`; the map comes back for display. Progress: "Fitting ADC… (b=…)". Cached (once per series).
 */
export function fitDiffusion(plan: DiffusionPlan): Promise<Float32Array> {
  let p = fits.get(plan.id);
  if (!p) {
    p = runFit(plan);
    fits.set(plan.id, p);
    p.catch(() => fits.delete(plan.id));
  }
  return p;
}

/** The engine worker was replaced: its fitted maps are gone, the next use fits again. */
export function forgetAdcFits(): void {
  fits.clear();
}

async function runFit(plan: DiffusionPlan): Promise<Float32Array> {
  const { setProgress } = appStore.getState();
  const key = `fit:${plan.id}`;
  const label = `Fitting ADC… (b=${plan.bValues.join(',')} s/mm²)`;
  const all = plan.byB.flat();
  let loaded = 0;
  setProgress(key, { label, done: 0, total: all.length + 1 });
  try {
    const [columns, rows, nk] = plan.geometry.dimensions;
    const np = rows * columns;
    const vols = plan.byB.map(() => new Float32Array(np * nk));
    await Promise.all(
      plan.byB.flatMap((ids, q) =>
        ids.map(async (imageId, k) => {
          const image = await imageLoader.loadAndCacheImage(imageId);
          const px = image.getPixelData();
          const slope = image.slope ?? 1, icpt = image.intercept ?? 0;
          const out = vols[q];
          for (let p = 0; p < np; p++) out[k * np + p] = px[p] * slope + icpt;
          setProgress(key, { label, done: ++loaded, total: all.length + 1 });
        }),
      ),
    );
    const reply = await measureWorker().fitAdc(plan.id, Comlink.transfer(vols, vols.map((v) => v.buffer)), plan.bValues, plan.geometry, plan.seriesUID, { requestId: plan.id });
    if (reply.cancelled || !reply.ok) throw new Error(reply.cancelled ? 'ADC fit cancelled' : reply.error);
    return reply.value;
  } finally {
    setProgress(key, null);
  }
}

/**
 * For an MR series holding ≥ 2 b-values, or Caliper's derived ADC map of one: the ADC map fitted
 * in the engine worker, kept there as volume `adc:<DWI series UID>` in 10⁻³ mm²/s (one fit serves
 * both). Null for other series.
 */
export async function buildAdcVolume(series: SeriesEntry): Promise<DiffusionInfo | null> {
  const derived = derivedVolumeOfSeries(series.seriesInstanceUID);
  const all = appStore.getState().series;
  // A derived map's source may be a family of stacks split by b-value on loading: reunited.
  const parent = derived ? all[derived.parentSeriesUID] : undefined;
  const source = derived ? parent && diffusionFamily(parent, Object.values(all)) : series;
  if (!source) return null;
  const plan = await planDiffusion(source);
  if (!plan) return null;
  await fitDiffusion(plan);
  return { id: plan.id, geometry: plan.geometry, bValues: plan.bValues, imageIds: derived ? series.imageIds : plan.imageIds };
}
