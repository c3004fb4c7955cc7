import { metaData } from '@cornerstonejs/core';
import type { Geometry } from '@caliper/core';
import { appStore } from '../../../app/store';
import { engineVolumeInfo } from '../../measure/service/engineVolumes';
import type { SeriesInfo } from '../mapping/seriesInfo';
import { prefetchedInstance } from '../../../viewports/prefetch';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import { adcMeasurementMethod } from '../../adc/adcSeriesDescription';
import { tagOf } from './dataSetOf';

const grid = (g: Geometry): SeriesInfo['grid'] => ({
  dimensions: [g.dimensions[0], g.dimensions[1], g.dimensions[2]],
  origin: [g.origin[0], g.origin[1], g.origin[2]],
  rowDirection: [g.rowDirection[0], g.rowDirection[1], g.rowDirection[2]],
  columnDirection: [g.columnDirection[0], g.columnDirection[1], g.columnDirection[2]],
  sliceDirection: [g.sliceDirection[0], g.sliceDirection[1], g.sliceDirection[2]],
  spacing: [g.spacing[0], g.spacing[1], g.spacing[2]],
});

const cache = new Map<string, SeriesInfo>();

/**
 * Grid and DICOM identity of a series whose volume is in the engine (the measure feature loads
 * it for every measured lesion), from Cornerstone's metadata; undefined when not loaded. For a
 * series Caliper derived (ADC map) the DICOM identity is that of its source images (`derivedFrom`).
 */
export function seriesInfoOf(seriesUID: string): SeriesInfo | undefined {
  const ev = engineVolumeInfo(seriesUID);
  if (!ev) return undefined;
  const hit = cache.get(seriesUID);
  if (hit && hit.imageIds.length === ev.imageIds.length && hit.imageIds[0] === ev.imageIds[0]) return hit;
  const entry = appStore.getState().series[seriesUID];
  const sopCommon = (id: string) => metaData.get('sopCommonModule', id) as { sopInstanceUID?: string; sopClassUID?: string } | undefined;
  const derived = derivedVolumeOfSeries(seriesUID);
  // Slice k of a derived map has the geometry of source image k: that image is its DICOM identity.
  const dicomIds = derived && derived.sourceImageIds.length === ev.imageIds.length ? derived.sourceImageIds : ev.imageIds;
  const sops = dicomIds.map((id) => prefetchedInstance(id)?.sopInstanceUID ?? tagOf(id, 'x00080018') ?? sopCommon(id)?.sopInstanceUID);
  const first = prefetchedInstance(dicomIds[0]);
  const plane = metaData.get('imagePlaneModule', dicomIds[0]) as { frameOfReferenceUID?: string } | undefined;
  const frameOfReferenceUID = first?.frameOfReferenceUID ?? tagOf(dicomIds[0], 'x00200052') ?? plane?.frameOfReferenceUID;
  if (!entry || sops.some((s) => s === undefined) || !frameOfReferenceUID) return undefined;
  const info: SeriesInfo = {
    seriesInstanceUID: seriesUID,
    studyInstanceUID: entry.studyInstanceUID,
    sopClassUID: first?.sopClassUID ?? tagOf(dicomIds[0], 'x00080016') ?? sopCommon(dicomIds[0])?.sopClassUID ?? '1.2.840.10008.5.1.4.1.1.2',
    frameOfReferenceUID,
    grid: grid(ev.geometry),
    sopInstanceUIDs: sops as string[],
    imageIds: ev.imageIds,
    ...(derived ? { derivedFrom: { seriesInstanceUID: derived.parentSeriesUID, method: derived.adc ? adcMeasurementMethod(derived.seriesDescription) : derived.seriesDescription } } : {}),
  };
  cache.set(seriesUID, info);
  return info;
}
