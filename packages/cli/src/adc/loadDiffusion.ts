import type { FileError, Result, Volume } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { buildVolume, groupSeries } from '@caliper/dicom';
import type { Instance, Series } from '@caliper/dicom';
import { groupByBValue, readBValue } from '@caliper/dicom';
import { fitAdcMap } from '@caliper/engine';

export interface DiffusionVolume {
  /** ADC map, 10^-3 mm2/s, on the grid of the lowest-b stack. */
  readonly volume: Volume;
  readonly bValues: readonly number[];
  readonly fit: string;
  readonly seriesLabel: string;
  /** The stack of each b-value, ascending b (for writing the ADC series from the b0 headers). */
  readonly stacks: readonly Series[];
  readonly skipped: readonly FileError[];
}

const sameGrid = (a: Volume, b: Volume): boolean =>
  a.geometry.dimensions.every((d, i) => d === b.geometry.dimensions[i]) &&
  a.geometry.origin.every((x, i) => Math.abs(x - b.geometry.origin[i]) < 1e-3) &&
  a.geometry.spacing.every((x, i) => Math.abs(x - b.geometry.spacing[i]) < 1e-4);

/**
 * Diffusion images (one series, or one series per b-value) → ADC map by the engine's log-linear
 * least-squares fit over all b-values. b-values from the standard or vendor private tags. Returns
 * the error 'not diffusion' when fewer than two b-values are present (the caller then treats the
 * input as an ordinary series); images without a b-value (e.g. a scanner ADC map) are skipped.
 */
export async function loadDiffusion(instances: readonly Instance[]): Promise<Result<DiffusionVolume, string>> {
  // Only MR images can be diffusion-weighted (keeps vendor private tags of CT/PET out of it).
  const images = instances.filter((i) => i.hasPixelData && i.modality === 'MR');
  const { groups, unknown } = groupByBValue(images, (i) => readBValue(i.dataSet)?.bValue);
  if (groups.length < 2) return err('not diffusion');
  const skipped: FileError[] = unknown.map((i) => ({ file: i.file, reason: 'no b-value: not used for the ADC fit' }));
  const stacks: Series[] = [];
  const volumes: Volume[] = [];
  for (const g of groups) {
    const gs = groupSeries(g.items).series.filter((s) => s.isVolume);
    if (gs.length !== 1) return err(`b = ${g.bValue} s/mm2: ${gs.length} image stacks (directional diffusion images need a trace series)`);
    const v = await buildVolume(gs[0]);
    if (!v.ok) return err(`b = ${g.bValue} s/mm2: ${v.error.reason}`);
    if (volumes.length && !sameGrid(volumes[0], v.value)) return err(`b = ${g.bValue} s/mm2: image grid differs from b = ${groups[0].bValue}`);
    stacks.push(gs[0]);
    volumes.push(v.value);
  }
  const bValues = groups.map((g) => g.bValue);
  const adc = fitAdcMap(volumes.map((v) => v.data), bValues);
  const first = stacks[0].instances[0];
  return ok({
    volume: { geometry: volumes[0].geometry, data: adc, unit: '10^-3 mm2/s', modality: 'MR', seriesInstanceUID: first.seriesInstanceUID },
    bValues,
    fit: `log-linear least squares over b = ${bValues.join('/')} s/mm2`,
    seriesLabel: `ADC from ${first.seriesDescription ?? first.seriesInstanceUID} (b = ${bValues.join('/')})`,
    stacks,
    skipped,
  });
}
