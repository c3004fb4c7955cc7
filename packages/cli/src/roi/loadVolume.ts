import type { FileError, Result, Volume } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { buildVolume, groupSeries } from '@caliper/dicom';
import type { Instance } from '@caliper/dicom';
import { readNodePaths } from '@caliper/dicom/node';
import type { SuvOverrides } from '@caliper/dicom';
import { loadDiffusion } from '../adc/loadDiffusion';
import { checkOneSeries } from '../input/checkOneSeries';
import type { SeriesFound } from '../input/checkOneSeries';
import { suvVolume } from './suvVolume';
import type { SuvType } from './suvVolume';

export interface LoadedVolume {
  readonly volume: Volume;
  readonly seriesLabel: string;
  /** PET whose SUV could not be computed: why. */
  readonly suvError?: string;
  /** Diffusion input: the b-values the ADC map was fitted from. */
  readonly adc?: { readonly bValues: readonly number[]; readonly fit: string };
  /** Files skipped (unreadable, not an image, not part of the series). */
  readonly skipped: readonly FileError[];
  readonly notes: readonly string[];
  /** The acquired series' instances in slice order (absent for a fitted ADC map). */
  readonly instances?: readonly Instance[];
}

/** Why the input cannot be measured; `series` lists the image series found when there are several. */
export interface LoadVolumeError {
  readonly reason: string;
  readonly series?: readonly SeriesFound[];
}

const label = (i: Instance) => [i.seriesNumber !== undefined ? `#${i.seriesNumber}` : '', i.seriesDescription ?? '', i.seriesInstanceUID].filter(Boolean).join(' ');

/**
 * The volume `caliper measure` works on, from files/folders holding one series: CT in HU, PET in
 * SUVbw, SUL or SUVbsa (or its raw unit with suvError), other modalities raw; diffusion images with ≥ 2 b-values
 * (one series or one per b-value) become the ADC map in 10^-3 mm2/s. Input holding several image
 * series (other than the b-value stacks of one diffusion acquisition) is an error listing them.
 * Never throws.
 */
export async function loadVolume(paths: readonly string[], overrides: SuvOverrides = {}, suvType: SuvType = 'SUVbw'): Promise<Result<LoadedVolume, LoadVolumeError>> {
  const r = await loadOne(paths, overrides, suvType);
  if (r.ok) return r;
  return err(typeof r.error === 'string' ? { reason: r.error } : r.error);
}

async function loadOne(paths: readonly string[], overrides: SuvOverrides, suvType: SuvType): Promise<Result<LoadedVolume, string | LoadVolumeError>> {
  const loaded = await readNodePaths(paths);
  const skipped = [...loaded.errors];
  if (loaded.instances.length === 0) return err(`no readable DICOM images in ${paths.join(', ')}${skipped[0] ? ` (${skipped[0].file}: ${skipped[0].reason})` : ''}`);
  const one = checkOneSeries(loaded.instances);
  if (!one.ok) return err(one.error);
  const dwi = await loadDiffusion(loaded.instances);
  if (dwi.ok) {
    return ok({ volume: dwi.value.volume, seriesLabel: dwi.value.seriesLabel, adc: { bValues: dwi.value.bValues, fit: dwi.value.fit }, skipped: [...skipped, ...dwi.value.skipped], notes: [] });
  }
  if (dwi.error !== 'not diffusion') return err(dwi.error);
  const grouped = groupSeries(loaded.instances);
  skipped.push(...grouped.errors);
  const stacks = grouped.series.filter((s) => s.isVolume);
  if (stacks.length === 0) return err(`no stackable image series (${grouped.series[0]?.notVolumeReason ?? 'no images'})`);
  if (stacks.length > 1) return err(`${stacks.length} image series found (${stacks.map((s) => label(s.instances[0])).join('; ')}): give the files of one series`);
  const series = stacks[0];
  const built = await buildVolume(series);
  if (!built.ok) return err(`${built.error.file}: ${built.error.reason}`);
  const base = { seriesLabel: label(series.instances[0]), skipped, instances: series.instances };
  if (series.modality !== 'PT') return ok({ ...base, volume: built.value, notes: [] });
  const suv = suvVolume(series, built.value, overrides, suvType);
  return ok({ ...base, volume: suv.volume, notes: suv.notes, ...(suv.suvError !== undefined ? { suvError: suv.suvError } : {}) });
}
