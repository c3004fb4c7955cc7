import * as Comlink from 'comlink';
import { imageLoader, metaData, type Types } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import dicomParser from 'dicom-parser';
import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { groupByBValue, readBValue } from '@caliper/dicom';
import type { SeriesEntry } from '../../../app/types';
import { measureWorker } from './measureWorker';

type V = readonly number[];
interface Item { readonly imageId: string; readonly b: number | undefined; readonly pos: V; readonly image: Types.IImage }

export interface DiffusionInfo {
  readonly id: string;
  readonly geometry: Geometry;
  readonly bValues: readonly number[];
  /** imageIds of the lowest-b volume in slice order (k). */
  readonly imageIds: readonly string[];
}

/** b-value of an image (from the loader's data set, else its header fetched again), undefined when none. */
async function bOf(imageId: string): Promise<number | undefined> {
  const url = wadouri.parseImageId(imageId).url;
  const cached = wadouri.dataSetCacheManager.get(url);
  if (cached) return readBValue(cached)?.bValue;
  if (!/^https?:|^\.|^\//.test(url)) return undefined;
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  return readBValue(dicomParser.parseDicom(bytes, { untilTag: 'x7fe00010' }))?.bValue;
}

/**
 * For an MR series holding ≥ 2 b-values: loads its images, stacks one volume per b-value (sorted
 * along the slice normal), and fits the ADC map in the engine worker (log-linear least squares over
 * all b-values), kept there as volume `adc:<series UID>` in 10⁻³ mm²/s. Null for other series.
 */
export async function buildAdcVolume(series: SeriesEntry): Promise<DiffusionInfo | null> {
  const images = await Promise.all(series.imageIds.map((id) => imageLoader.loadAndCacheImage(id)));
  const bs = await Promise.all(series.imageIds.map(bOf));
  const items: Item[] = series.imageIds.map((imageId, i) => {
    const plane = metaData.get('imagePlaneModule', imageId) as { imagePositionPatient: V };
    return { imageId, b: bs[i], pos: plane.imagePositionPatient, image: images[i] };
  });
  const { groups } = groupByBValue(items, (it) => it.b);
  if (groups.length < 2) return null;
  const plane = metaData.get('imagePlaneModule', items[0].imageId) as { rowCosines: V; columnCosines: V; rowPixelSpacing: number; columnPixelSpacing: number; rows: number; columns: number };
  const r = plane.rowCosines, c = plane.columnCosines;
  const n = [r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0]];
  const along = (p: V) => p[0] * n[0] + p[1] * n[1] + p[2] * n[2];
  const sorted = groups.map((g) => [...g.items].sort((a, b) => along(a.pos) - along(b.pos)));
  const nk = sorted[0].length;
  if (sorted.some((s) => s.length !== nk)) throw new Error(`diffusion series ${series.seriesInstanceUID}: b-values have different slice counts`);
  const { rows, columns } = plane;
  const vols = sorted.map((s) => {
    const out = new Float32Array(rows * columns * nk);
    s.forEach((it, k) => {
      const px = it.image.getPixelData();
      const slope = it.image.slope ?? 1, icpt = it.image.intercept ?? 0;
      for (let p = 0; p < rows * columns; p++) out[k * rows * columns + p] = px[p] * slope + icpt;
    });
    return out;
  });
  const first = sorted[0][0].pos;
  const geometry: Geometry = {
    dimensions: [columns, rows, nk],
    origin: patientPoint(first[0], first[1], first[2]),
    rowDirection: [r[0], r[1], r[2]],
    columnDirection: [c[0], c[1], c[2]],
    sliceDirection: [n[0], n[1], n[2]],
    spacing: [plane.columnPixelSpacing, plane.rowPixelSpacing, nk > 1 ? (along(sorted[0][nk - 1].pos) - along(first)) / (nk - 1) : 1],
  };
  const id = `adc:${series.seriesInstanceUID}`;
  const bValues = groups.map((g) => g.bValue);
  const reply = await measureWorker().fitAdc(id, Comlink.transfer(vols, vols.map((v) => v.buffer)), bValues, geometry, series.seriesInstanceUID, { requestId: id });
  if (reply.cancelled || !reply.ok) throw new Error(reply.cancelled ? 'ADC fit cancelled' : reply.error);
  return { id, geometry, bValues, imageIds: sorted[0].map((it) => it.imageId) };
}
