import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Instance } from '@caliper/dicom';
import { groupByBValue, readBValue } from '@caliper/dicom';

/** One image series found in the input (for the "more than one series" error). */
export interface SeriesFound {
  readonly seriesInstanceUID: string;
  readonly modality: string;
  readonly seriesDescription: string | null;
  readonly seriesNumber: number | null;
  readonly images: number;
}

export interface SeriesConflict {
  readonly reason: string;
  readonly series: readonly SeriesFound[];
}

/** Objects that carry pixel data but are not images to measure (segmentations, structured docs…). */
const NOT_IMAGES = new Set(['SEG', 'RTSTRUCT', 'RTPLAN', 'RTDOSE', 'SR', 'KO', 'PR', 'REG', 'DOC']);

const describe = (s: SeriesFound): string =>
  `${s.seriesInstanceUID} (${s.modality}${s.seriesNumber !== null ? ` #${s.seriesNumber}` : ''}, ${s.seriesDescription ? `"${s.seriesDescription}"` : 'no description'}, ${s.images} images)`;

/**
 * The images `caliper measure` / `caliper adc` may work on must be ONE series, or the b-value
 * stacks of ONE diffusion acquisition: MR images with a b-value, either all in one series or one
 * series per b-value (no b-value shared by two series). Anything else (e.g. a whole study folder
 * with CT, PET, DWI and T2, or DWI next to the scanner's ADC map) is a conflict listing every
 * image series found, so the caller can tell the user which folder/files to pass instead of
 * silently choosing one. Non-image objects (SEG, RTSTRUCT, SR, …) are ignored here.
 */
export function checkOneSeries(instances: readonly Instance[]): Result<void, SeriesConflict> {
  const images = instances.filter((i) => i.hasPixelData && !NOT_IMAGES.has(i.modality));
  const bySeries = new Map<string, { first: Instance; images: number }>();
  for (const i of images) {
    const s = bySeries.get(i.seriesInstanceUID);
    if (s) s.images++;
    else bySeries.set(i.seriesInstanceUID, { first: i, images: 1 });
  }
  if (bySeries.size <= 1) return ok(undefined);

  const bValue = new Map<Instance, number>();
  for (const i of images) {
    const b = i.modality === 'MR' ? readBValue(i.dataSet)?.bValue : undefined;
    if (b !== undefined) bValue.set(i, b);
  }
  const weighted = [...bValue.keys()];
  const { groups } = groupByBValue(weighted, (i) => bValue.get(i));
  const dwiSeries = new Set(weighted.map((i) => i.seriesInstanceUID));
  const oneAcquisition = groups.length >= 2 && (dwiSeries.size === 1 || groups.every((g) => new Set(g.items.map((i) => i.seriesInstanceUID)).size === 1));
  if (oneAcquisition && [...bySeries.keys()].every((uid) => dwiSeries.has(uid))) return ok(undefined);

  const series: SeriesFound[] = [...bySeries.values()].map(({ first, images: n }) => ({
    seriesInstanceUID: first.seriesInstanceUID,
    modality: first.modality,
    seriesDescription: first.seriesDescription ?? null,
    seriesNumber: first.seriesNumber ?? null,
    images: n,
  })).sort((a, b) => (a.seriesNumber ?? Infinity) - (b.seriesNumber ?? Infinity) || a.seriesInstanceUID.localeCompare(b.seriesInstanceUID));
  const reason =
    `the input holds ${series.length} image series; pass the folder or files of one series ` +
    `(for diffusion: the b-value images of one acquisition). Found: ${series.map(describe).join('; ')}`;
  return err({ reason, series });
}
