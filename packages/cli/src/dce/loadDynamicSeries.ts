import type { FileError, Geometry, Result, Volume, VoxelArray } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { buildVolume, groupPhases, groupSeries } from '@caliper/dicom';
import type { Instance } from '@caliper/dicom';
import { readNodePaths } from '@caliper/dicom/node';
import { checkOneSeries } from '../input/checkOneSeries';
import type { SeriesFound } from '../input/checkOneSeries';
import { readAcquisition } from './readAcquisition';

/** A dynamic SPGR series loaded for `caliper dce`: one volume per phase on one grid. */
export interface LoadedDynamic {
  readonly seriesLabel: string;
  readonly geometry: Geometry;
  /** Signal of each phase (one typed-array type for all phases). */
  readonly phases: readonly VoxelArray[];
  readonly timesS: readonly number[];
  readonly timeSource: string;
  readonly groupedBy: string;
  readonly flipAngleDeg: number;
  readonly trMs: number;
  /** One instance per slice of the first phase (headers for the written maps). */
  readonly firstPhase: readonly Instance[];
  readonly modality: string;
  readonly seriesInstanceUID: string;
  readonly skipped: readonly FileError[];
}

export interface LoadDynamicError {
  readonly reason: string;
  readonly series?: readonly SeriesFound[];
}

export const seriesLabelOf = (i: Instance): string => [i.seriesNumber !== undefined ? `#${i.seriesNumber}` : '', i.seriesDescription ?? '', i.seriesInstanceUID].filter(Boolean).join(' ');

export const sameGrid = (a: Geometry, b: Geometry): boolean =>
  a.dimensions.every((d, i) => d === b.dimensions[i]) &&
  a.origin.every((x, i) => Math.abs(x - b.origin[i]) < 1e-3) &&
  a.spacing.every((x, i) => Math.abs(x - b.spacing[i]) < 1e-4) &&
  [...a.rowDirection, ...a.columnDirection].every((x, i) => Math.abs(x - [...b.rowDirection, ...b.columnDirection][i]) < 1e-4);

/**
 * Reads the dynamic series of `caliper dce` (one series, same one-acquisition rule as `measure`),
 * splits it into phases (groupPhases: TemporalPositionIdentifier, else acquisition time), builds
 * one volume per phase and checks they share a grid, and reads FlipAngle / RepetitionTime. Never
 * throws; errors carry the contract's phrases.
 */
export async function loadDynamicSeries(paths: readonly string[]): Promise<Result<LoadedDynamic, LoadDynamicError>> {
  const loaded = await readNodePaths(paths);
  const skipped: FileError[] = [...loaded.errors];
  if (loaded.instances.length === 0) return err({ reason: `no readable DICOM images in ${paths.join(', ')}${skipped[0] ? ` (${skipped[0].file}: ${skipped[0].reason})` : ''}` });
  const one = checkOneSeries(loaded.instances);
  if (!one.ok) return err(one.error);
  const images = loaded.instances.filter((i) => i.hasPixelData);
  const label = seriesLabelOf(images[0]);
  const grouped = groupPhases(images);
  if (!grouped.ok) return err({ reason: `${label}: ${grouped.error}` });
  const acq = readAcquisition(images);
  if (!acq.ok) return err({ reason: acq.error });
  const volumes: Volume[] = [];
  for (const phase of grouped.value.phases) {
    const stacks = groupSeries(phase.instances).series;
    if (stacks.length !== 1 || !stacks[0].isVolume) return err({ reason: `${label}: phase ${phase.position} is not one regular stack (${stacks[0]?.notVolumeReason ?? `${stacks.length} stacks`})` });
    const v = await buildVolume(stacks[0]);
    if (!v.ok) return err({ reason: `${label}: phase ${phase.position}: ${v.error.reason}` });
    if (volumes.length && !sameGrid(volumes[0].geometry, v.value.geometry)) return err({ reason: `${label}: phase ${phase.position} is on another grid than phase ${grouped.value.phases[0].position}` });
    volumes.push(v.value);
  }
  // One array type for every phase keeps the per-voxel loops monomorphic.
  const ctor = volumes[0].data.constructor;
  const phases = volumes.every((v) => v.data.constructor === ctor) ? volumes.map((v) => v.data) : volumes.map((v) => Float32Array.from(v.data));
  const first = grouped.value.phases[0].instances;
  return ok({
    seriesLabel: label,
    geometry: volumes[0].geometry,
    phases,
    timesS: grouped.value.phases.map((p) => p.timeS),
    timeSource: grouped.value.timeSource,
    groupedBy: grouped.value.groupedBy,
    flipAngleDeg: acq.value.flipAngleDeg,
    trMs: acq.value.trMs,
    firstPhase: groupSeries(first).series[0].instances,
    modality: images[0].modality,
    seriesInstanceUID: images[0].seriesInstanceUID,
    skipped,
  });
}
