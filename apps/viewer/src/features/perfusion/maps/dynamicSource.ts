import { metaData } from '@cornerstonejs/core';
import type { Geometry, VoxelArray } from '@caliper/core';
import type { NaturalDataset } from 'dcmjs';
import { readSourceAttributes } from '@caliper/report/parametric/sourceAttributes';
import type { MapSource } from '@caliper/report/parametric/mapSource';
import { appStore } from '../../../app/store';
import { prefetchedInstance } from '../../../viewports/prefetch';
import { pickSliceImages, type PhaseImage } from './pickSliceImages';

/** The dynamic series as the map job needs it (what features/perfusion's loadDynamicVolume gives). */
export interface LoadedDynamic {
  readonly phases: readonly VoxelArray[];
  readonly timesS: ArrayLike<number>;
  readonly flipAngleDeg: number;
  readonly trMs: number;
  readonly geometry: Geometry;
  readonly timeSource?: string;
  /** Cornerstone imageIds of the first phase in slice (k) order, when the loader gives them. */
  readonly firstPhaseImageIds?: readonly string[];
}

interface DynamicVolumeModule {
  loadDynamicVolume(seriesUID: string, onProgress?: (done: number, total: number) => void): Promise<{
    readonly series: { readonly phases: readonly VoxelArray[]; readonly timesS: ArrayLike<number>; readonly flipAngleDeg: number; readonly trMs: number };
    readonly geometry: Geometry;
    readonly timesS?: ArrayLike<number>;
    readonly timeSource?: string;
    readonly phaseImageIds?: readonly (readonly string[])[];
  }>;
}

// The dynamic-series loader lives in features/perfusion/model (its own owner): found at build time.
const loaders = import.meta.glob<DynamicVolumeModule>('../model/dynamicVolume.ts');

/** Loads the phases of a dynamic series into one grid (progress in images). */
export async function loadDynamic(seriesUID: string, onProgress?: (done: number, total: number) => void): Promise<LoadedDynamic> {
  const load = Object.values(loaders)[0];
  if (!load) throw new Error('the dynamic-series loader (features/perfusion/model/dynamicVolume.ts) is not in this build');
  const d = await (await load()).loadDynamicVolume(seriesUID, onProgress);
  return {
    phases: d.series.phases, timesS: d.timesS ?? d.series.timesS, flipAngleDeg: d.series.flipAngleDeg, trMs: d.series.trMs, geometry: d.geometry,
    ...(d.timeSource ? { timeSource: d.timeSource } : {}),
    ...(d.phaseImageIds?.[0] ? { firstPhaseImageIds: d.phaseImageIds[0] } : {}),
  };
}

type V = readonly number[];

/**
 * The map grid's slice images (earliest phase at each position: the derived series borrow their
 * planes) and what an export needs from the source: headers of those images and their SOP UIDs.
 */
export function mapSourceOf(seriesUID: string, geometry: Geometry, firstPhaseImageIds?: readonly string[]): { sliceImageIds: string[]; source: MapSource } {
  const s = appStore.getState().series[seriesUID];
  if (!s) throw new Error(`unknown series ${seriesUID}`);
  const sliceImageIds = firstPhaseImageIds?.length === geometry.dimensions[2] ? [...firstPhaseImageIds] : pickFromHeaders(s.imageIds, geometry);
  const study = appStore.getState().studies[s.studyInstanceUID];
  const fallback: NaturalDataset = {
    StudyInstanceUID: s.studyInstanceUID, PatientName: study?.patientName ?? '', PatientID: study?.patientId ?? '',
    ...(s.frameOfReferenceUID ? { FrameOfReferenceUID: s.frameOfReferenceUID } : {}),
  };
  const slices = sliceImageIds.map((id) => {
    const inst = prefetchedInstance(id);
    return inst ? readSourceAttributes((tag) => inst.dataSet.string(tag)) : fallback;
  });
  const sop = sliceImageIds.map((id) => metaData.get('sopCommonModule', id) as { sopInstanceUID?: string; sopClassUID?: string } | undefined);
  return {
    sliceImageIds,
    source: {
      geometry, slices, seriesInstanceUID: seriesUID,
      ...(s.seriesNumber !== undefined ? { seriesNumber: s.seriesNumber } : {}),
      sopClassUID: sop[0]?.sopClassUID ?? prefetchedInstance(sliceImageIds[0])?.sopClassUID ?? '1.2.840.10008.5.1.4.1.1.4',
      sopInstanceUIDs: sop.map((m, k) => m?.sopInstanceUID ?? prefetchedInstance(sliceImageIds[k])?.sopInstanceUID ?? `${seriesUID}.${k + 1}`),
    },
  };
}

/** Without the loader's phase order: the earliest-phase image at each slice position, from the headers. */
function pickFromHeaders(imageIds: readonly string[], geometry: Geometry): string[] {
  const images: PhaseImage[] = imageIds.flatMap((imageId, order) => {
    const plane = metaData.get('imagePlaneModule', imageId) as { imagePositionPatient?: V } | undefined;
    if (!plane?.imagePositionPatient) return [];
    const tpi = Number(prefetchedInstance(imageId)?.dataSet.string('x00200100'));
    return [{ imageId, position: plane.imagePositionPatient, phase: Number.isFinite(tpi) ? tpi * 1e6 + order : order }];
  });
  return pickSliceImages(images, geometry);
}
