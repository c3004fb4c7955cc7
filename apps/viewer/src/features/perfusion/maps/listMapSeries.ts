import type { Geometry } from '@caliper/core';
import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { registerDerivedVolume } from '../../../viewports/derivedImages';
import type { MapResult } from './mapJobState';
import { mapSeriesUid, mapWindow, type MapParameter } from './mapParameters';
import { mapValues, type MapArrays } from './volumeMaps';

/**
 * Lists one derived series per map parameter under the source series' study (slice k on the plane
 * of the source's image k; values in the parameter's unit, read out and measured in it; described
 * as '<name> <unit> (Caliper <how>)'). Replaces an earlier listing of the same map.
 */
export function listMapSeries(seriesUID: string, parameters: readonly MapParameter[], maps: MapArrays, geometry: Geometry, sliceImageIds: readonly string[], how: string): MapResult['series'] {
  const series = appStore.getState().series[seriesUID];
  if (!series) throw new Error(`unknown series ${seriesUID}`);
  const [columns, rows] = geometry.dimensions;
  const modality = series.modality === 'CT' ? 'CT' : 'MR';
  return parameters.map((parameter, n) => {
    const uid = mapSeriesUid(seriesUID, parameter.field);
    const values = mapValues(maps, parameter.field);
    const window = parameter.window ?? mapWindow(values, maps.fitted);
    const description = `${parameter.name} ${parameter.unit} (Caliper ${how})`;
    const seriesNumber = series.seriesNumber !== undefined ? { seriesNumber: series.seriesNumber * 100 + 60 + n } : {};
    const imageIds = registerDerivedVolume({
      key: `dce:${uid}`, seriesInstanceUID: uid, parentSeriesUID: seriesUID, modality, seriesDescription: description, ...seriesNumber,
      imageType: ['DERIVED', 'SECONDARY', 'PERFUSION', parameter.dicom.label], sourceImageIds: [...sliceImageIds], rows, columns,
      voi: window, unit: parameter.unit, geometry, pixels: () => Promise.resolve(values),
    });
    const entry: SeriesEntry = {
      seriesInstanceUID: uid, studyInstanceUID: series.studyInstanceUID, modality, seriesDescription: description, ...seriesNumber,
      instanceCount: imageIds.length, imageIds, source: series.source,
      ...(series.frameOfReferenceUID ? { frameOfReferenceUID: series.frameOfReferenceUID } : {}),
      ...(series.imageOrientationPatient ? { imageOrientationPatient: series.imageOrientationPatient } : {}),
    };
    appStore.getState().removeSeries(uid);
    appStore.getState().addDerivedSeries(entry);
    return { parameter, seriesUID: uid, window };
  });
}
