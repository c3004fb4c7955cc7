import type { Volume } from '@caliper/core';
import { addLesionAt, uncropMask } from '@caliper/engine';
import { asPatient } from '@caliper/core';
import type { BurdenAddReply, BurdenAddRequest } from '../model/burdenTypes';
import type { BurdenScratch } from './runBurden';
import { paintCroppedMasks } from './croppedMaskVoxels';
import { brightestOnRay } from './brightestOnRay';
import { voxelsToCroppedMask } from './voxelsToCroppedMask';

/**
 * The reader's "add lesion" click in the worker: the exclusion and the current lesions become
 * grid-sized masks in the run's scratch buffers (exclusion → `exclusion`, lesions → `organScratch`,
 * flood marks in the zeroed `threshold`), then engine addLesionAt. A refusal names the lesion
 * the click fell in.
 */
export function addBurdenLesion(volume: Volume, request: BurdenAddRequest, scratch: BurdenScratch): BurdenAddReply {
  const dims = volume.geometry.dimensions;
  const point = request.rayDirection ? brightestOnRay(volume, request.pointMm, request.rayDirection) : request.pointMm;
  if (!point) return { added: false, kind: 'outside', message: 'the line through the point misses the PET volume' };
  const exclude = request.exclusionMask?.bbox ? uncropMask(request.exclusionMask, scratch.exclusion).data : null;
  scratch.organScratch.fill(0);
  paintCroppedMasks(scratch.organScratch, request.lesionMasks);
  scratch.threshold.fill(0);
  const r = addLesionAt(volume, asPatient(point), {
    thresholdSuv: request.thresholdSuv, fraction: request.fraction, exclude, occupied: scratch.organScratch, id: request.id, scratch: scratch.threshold,
  });
  if (r.ok) return { added: true, lesion: r.value.lesion, mask: voxelsToCroppedMask(dims, r.value.voxels) };
  const e = r.error;
  if (e.kind !== 'in-lesion') return { added: false, kind: e.kind, message: e.message };
  const [ni, nj] = dims;
  const p = e.voxel, k = Math.floor(p / (ni * nj)), j = Math.floor(p / ni) % nj, i = p % ni;
  const at = request.lesionMasks.findIndex((m) => {
    const b = m.bbox;
    if (!b || i < b[0][0] || i > b[1][0] || j < b[0][1] || j > b[1][1] || k < b[0][2] || k > b[1][2]) return false;
    const li = b[1][0] - b[0][0] + 1, lj = b[1][1] - b[0][1] + 1;
    return m.data[((k - b[0][2]) * lj + (j - b[0][1])) * li + (i - b[0][0])] === 1;
  });
  const lesionId = at >= 0 ? request.lesionIds[at] : undefined;
  return { added: false, kind: 'in-lesion', message: lesionId !== undefined ? `the point is already in lesion #${lesionId}` : e.message, ...(lesionId !== undefined ? { lesionId } : {}) };
}
