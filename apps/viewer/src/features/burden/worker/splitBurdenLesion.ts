import type { Result, Volume } from '@caliper/core';
import { asPatient, err, ok, patientToVoxel } from '@caliper/core';
import { splitLesion } from '@caliper/engine';
import type { BurdenSplitReply, BurdenSplitRequest } from '../model/burdenTypes';
import { croppedMaskVoxels } from './croppedMaskVoxels';
import { measureVoxelLists } from './measureVoxelLists';
import { voxelsToCroppedMask } from './voxelsToCroppedMask';

/** The reader's split in the worker: each clicked point's voxel seeds a part (engine splitLesion); each part measured like every lesion. */
export function splitBurdenLesion(volume: Volume, request: BurdenSplitRequest): Result<BurdenSplitReply, string> {
  const g = volume.geometry, [ni, nj] = g.dimensions;
  if (request.ids.length !== request.pointsMm.length) return err(`${request.pointsMm.length} points for ${request.ids.length} ids`);
  const seeds: number[] = [];
  for (const [s, p] of request.pointsMm.entries()) {
    const c = patientToVoxel(g, asPatient(p)).map(Math.round);
    if (c.some((x, d) => x < 0 || x >= g.dimensions[d])) return err(`point ${s + 1} is outside the PET volume`);
    seeds.push((c[2] * nj + c[1]) * ni + c[0]);
  }
  const r = splitLesion(g.dimensions, croppedMaskVoxels(request.mask), seeds);
  if (!r.ok) return err(r.error);
  return ok({ lesions: measureVoxelLists(volume, r.value.parts, request.ids), masks: r.value.parts.map((v) => voxelsToCroppedMask(g.dimensions, v)) });
}
