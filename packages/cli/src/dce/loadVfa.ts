import type { FileError, Geometry, Result, VoxelArray } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { buildVolume, groupSeries } from '@caliper/dicom';
import type { Instance } from '@caliper/dicom';
import { readNodePaths } from '@caliper/dicom/node';
import { sameGrid } from './loadDynamicSeries';
import { readFlipAngle, readRepetitionTime } from './readAcquisition';

/** Variable-flip-angle images for T10, one volume per flip angle (ascending), on the dynamic grid. */
export interface LoadedVfa {
  readonly flipAnglesDeg: readonly number[];
  readonly trMs: number;
  readonly images: readonly VoxelArray[];
  readonly skipped: readonly FileError[];
}

const describeGrid = (g: Geometry) => `${g.dimensions.join('×')} voxels of ${g.spacing.map((x) => +x.toFixed(4)).join('×')} mm at [${g.origin.map((x) => +x.toFixed(3)).join(', ')}]`;

/**
 * Reads `--vfa` paths: one series per flip angle or one series holding all; images grouped by
 * FlipAngle (0018,1314) (each group must be one regular stack), one RepetitionTime (0018,0080)
 * for all. Errors: "VFA needs at least 2 flip angles", "VFA grid differs" (from the dynamic series),
 * "FlipAngle (0018,1314) missing" / "RepetitionTime (0018,0080) missing" with the file.
 */
export async function loadVfa(paths: readonly string[], grid: Geometry): Promise<Result<LoadedVfa, string>> {
  const loaded = await readNodePaths(paths);
  const images = loaded.instances.filter((i) => i.hasPixelData);
  if (images.length === 0) return err(`VFA: no readable DICOM images in ${paths.join(', ')}`);
  const byAngle = new Map<number, Instance[]>();
  let tr: number | undefined;
  for (const i of images) {
    const a = readFlipAngle(i), t = readRepetitionTime(i);
    if (a === undefined) return err(`VFA: FlipAngle (0018,1314) missing in ${i.file}`);
    if (t === undefined) return err(`VFA: RepetitionTime (0018,0080) missing in ${i.file}`);
    if (tr !== undefined && Math.abs(t - tr) > 1e-6) return err(`VFA: RepetitionTime (0018,0080) differs between images (${tr} ms and ${t} ms in ${i.file}); one TR is needed`);
    tr = t;
    const list = byAngle.get(a);
    if (list) list.push(i);
    else byAngle.set(a, [i]);
  }
  const angles = [...byAngle.keys()].sort((a, b) => a - b);
  if (angles.length < 2) return err(`VFA needs at least 2 flip angles (found ${angles.map((a) => `${a}°`).join(', ')})`);
  const volumes: VoxelArray[] = [];
  for (const a of angles) {
    const stacks = groupSeries(byAngle.get(a)!).series.filter((s) => s.isVolume);
    if (stacks.length !== 1) return err(`VFA: flip angle ${a}° is ${stacks.length} image stacks, not one`);
    const v = await buildVolume(stacks[0]);
    if (!v.ok) return err(`VFA: flip angle ${a}°: ${v.error.reason}`);
    if (!sameGrid(v.value.geometry, grid)) return err(`VFA grid differs: flip angle ${a}° has ${describeGrid(v.value.geometry)}, the dynamic series ${describeGrid(grid)}`);
    volumes.push(v.value.data);
  }
  return ok({ flipAnglesDeg: angles, trMs: tr!, images: volumes, skipped: loaded.errors });
}
