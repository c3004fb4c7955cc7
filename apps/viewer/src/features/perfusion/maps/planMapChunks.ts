/** One worker task: voxels [start, start + count) of the flat volume. */
export interface ChunkRange {
  readonly start: number;
  readonly count: number;
}

/**
 * Splits `voxelCount` voxels into consecutive chunks of at most `chunkVoxels` (the last may be
 * shorter). Chunks, not per-voxel messages: one message each way per chunk, and a cancel is heard
 * within one chunk's fit.
 */
export function planMapChunks(voxelCount: number, chunkVoxels: number): ChunkRange[] {
  const size = Math.max(1, Math.floor(chunkVoxels));
  const out: ChunkRange[] = [];
  for (let start = 0; start < voxelCount; start += size) out.push({ start, count: Math.min(size, voxelCount - start) });
  return out;
}
