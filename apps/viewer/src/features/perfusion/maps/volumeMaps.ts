import type { ChunkMaps } from '@caliper/engine/perfusion/fitMapChunk';

/** Maps of any kind (DCE, DSC, CT perfusion) by field, with the fitted-voxel mask: what the overlay, readout and export read. */
export type MapArrays = { readonly fitted: Uint8Array } & { readonly [field: string]: Float32Array | Uint8Array };

/** The values of one map field. */
export const mapValues = (maps: MapArrays, field: string): Float32Array => maps[field] as Float32Array;

/** Whole-volume DCE maps (flat voxel order of the dynamic series' grid). */
export type VolumeMaps = {
  /** /min */
  readonly ktrans: Float32Array;
  /** /min */
  readonly kep: Float32Array;
  /** 1 */
  readonly ve: Float32Array;
  /** 1 */
  readonly vp: Float32Array;
  /** mM */
  readonly residual: Float32Array;
  /** mM·s */
  readonly iaugc60: Float32Array;
  readonly fitted: Uint8Array;
};

export const MAP_FIELDS = ['ktrans', 'kep', 've', 'vp', 'residual', 'iaugc60', 'fitted'] as const;

export function createVolumeMaps(voxelCount: number): VolumeMaps {
  const f = () => new Float32Array(voxelCount);
  return { ktrans: f(), kep: f(), ve: f(), vp: f(), residual: f(), iaugc60: f(), fitted: new Uint8Array(voxelCount) };
}

/** Copies a worker's chunk result into the volume maps at its voxel offset. */
export function mergeChunkMaps(into: VolumeMaps, chunk: ChunkMaps): void {
  for (const k of MAP_FIELDS) (into[k] as Float32Array | Uint8Array).set(chunk[k] as never, chunk.start);
}
