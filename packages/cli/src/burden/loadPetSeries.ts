import type { FileError, Result, Volume } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { buildVolume, groupSeries, identifyTracer, readPetSuvTags, readRadiopharmaceutical } from '@caliper/dicom';
import type { Instance, PetSuvTags, Series, SuvOverrides, Tracer } from '@caliper/dicom';
import { readNodePaths } from '@caliper/dicom/node';
import { checkOneSeries } from '../input/checkOneSeries';
import type { SeriesFound } from '../input/checkOneSeries';
import { suvVolume } from '../roi/suvVolume';

export interface LoadedPet {
  /** SUVbw per voxel, exactly as `caliper measure` computes it. */
  readonly volume: Volume;
  readonly series: Series;
  /** "#n description UID", as `measure` prints it. */
  readonly seriesLabel: string;
  /** Header values of the first instance (weight, height, sex…) for SUL and BSA. */
  readonly tags: PetSuvTags;
  readonly tracer: Tracer;
  readonly notes: readonly string[];
  readonly skipped: readonly FileError[];
}

export interface LoadPetError {
  readonly reason: string;
  readonly series?: readonly SeriesFound[];
}

const label = (i: Instance) => [i.seriesNumber !== undefined ? `#${i.seriesNumber}` : '', i.seriesDescription ?? '', i.seriesInstanceUID].filter(Boolean).join(' ');

/**
 * The PET series `caliper burden` works on, in SUVbw: the input must hold one image series
 * (several → the error lists them, as `measure`), and it must be PT; SUV that cannot be computed is
 * an error naming the reason (e.g. "PatientWeight missing") unless `overrides` supply the value.
 * Never throws.
 */
export async function loadPetSeries(paths: readonly string[], overrides: SuvOverrides): Promise<Result<LoadedPet, LoadPetError>> {
  const loaded = await readNodePaths(paths);
  const skipped = [...loaded.errors];
  if (loaded.instances.length === 0) return err({ reason: `no PET series in the input: no readable DICOM images in ${paths.join(', ')}${skipped[0] ? ` (${skipped[0].file}: ${skipped[0].reason})` : ''}` });
  const one = checkOneSeries(loaded.instances);
  if (!one.ok) return err(one.error);
  const grouped = groupSeries(loaded.instances);
  skipped.push(...grouped.errors);
  const pet = grouped.series.filter((s) => s.modality === 'PT');
  if (pet.length === 0) {
    const found = [...new Set(grouped.series.map((s) => s.modality))].join(', ') || 'no image series';
    return err({ reason: `no PET series in the input (found: ${found})` });
  }
  const stacks = pet.filter((s) => s.isVolume);
  if (stacks.length === 0) return err({ reason: `the PET series cannot be stacked into a volume (${pet[0].notVolumeReason ?? 'inconsistent geometry'})` });
  if (stacks.length > 1) return err({ reason: `${stacks.length} PET stacks found (${stacks.map((s) => s.id).join('; ')}): give the files of one series` });
  const series = stacks[0];
  const built = await buildVolume(series);
  if (!built.ok) return err({ reason: `${built.error.file}: ${built.error.reason}` });
  const suv = suvVolume(series, built.value, overrides, 'SUVbw');
  if (suv.suvError !== undefined) return err({ reason: `SUV cannot be computed: ${suv.suvError} (supply it with --weight-kg, --dose-bq or --injection)` });
  const first = series.instances[0];
  return ok({
    volume: suv.volume,
    series,
    seriesLabel: label(first),
    tags: readPetSuvTags(first.dataSet),
    tracer: identifyTracer(readRadiopharmaceutical(first.dataSet)),
    // computeSuvFactors' SUL note (mean of both sexes) is about its own SUL factors, not burden's (null without M/F).
    notes: [...(suv.method ? [`SUVbw: ${suv.method}`] : []), ...suv.notes.filter((n) => !n.startsWith('PatientSex not M/F'))],
    skipped,
  });
}
