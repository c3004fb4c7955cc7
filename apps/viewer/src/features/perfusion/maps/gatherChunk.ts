import type { VoxelArray } from '@caliper/core';
import type { MapChunk } from '@caliper/engine/perfusion/fitMapChunk';
import type { ChunkRange } from './planMapChunks';

/**
 * The signal of a chunk's voxels, phase-major (`signal[p · count + q]`), in a fresh buffer that can
 * be transferred to a worker (so the pool works without SharedArrayBuffer). With a T10 map, its
 * values for these voxels too.
 */
export function gatherChunk(phases: readonly VoxelArray[], range: ChunkRange, t10Map?: ArrayLike<number>): MapChunk {
  const { start, count } = range;
  const signal = new Float32Array(phases.length * count);
  for (let p = 0; p < phases.length; p++) signal.set(phases[p].subarray(start, start + count), p * count);
  if (!t10Map) return { start, count, signal };
  const t10Ms = new Float32Array(count);
  for (let q = 0; q < count; q++) t10Ms[q] = t10Map[start + q];
  return { start, count, signal, t10Ms };
}
