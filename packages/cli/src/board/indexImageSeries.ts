import type { FileError } from '@caliper/core';
import type { Series } from '@caliper/dicom';
import { groupSeries } from '@caliper/dicom';
import { readNodePaths } from '@caliper/dicom/node';
import type { ImagePlane, Lesion } from '@caliper/report';

/** The image series given with --images, found by the SOP instances and series an SR refers to. */
export interface ImageSeriesIndex {
  readonly series: readonly Series[];
  /** The stackable series holding that lesion's measured image, or why there is none. */
  readonly seriesOf: (lesion: Lesion) => Series | string;
  /** Geometry of an image, for other tools' 2D SCOORDs (importSr's imagePlane). */
  readonly imagePlane: (sopInstanceUID: string) => ImagePlane | undefined;
  readonly errors: readonly FileError[];
}

/**
 * Reads the files and folders of --images (headers only: pixels are decoded per series when a key
 * image needs them) and indexes their series by SOP Instance UID, Series Instance UID and Frame of
 * Reference. Never rejects: unreadable files are listed in `errors`.
 */
export async function indexImageSeries(paths: readonly string[]): Promise<ImageSeriesIndex> {
  const loaded = await readNodePaths(paths);
  const grouped = groupSeries(loaded.instances);
  const series = grouped.series;
  const bySop = new Map<string, Series>();
  const planes = new Map<string, ImagePlane>();
  for (const s of series) {
    for (const i of s.instances) {
      bySop.set(i.sopInstanceUID, s);
      const [rowSpacing, colSpacing] = i.pixelSpacing ?? [];
      if (i.imagePositionPatient && i.imageOrientationPatient && rowSpacing && colSpacing) {
        const o = i.imageOrientationPatient;
        planes.set(i.sopInstanceUID, { origin: i.imagePositionPatient as ImagePlane['origin'], rowDirection: [o[0], o[1], o[2]], columnDirection: [o[3], o[4], o[5]], spacing: [colSpacing, rowSpacing] });
      }
    }
  }
  const seriesOf = (lesion: Lesion): Series | string => {
    const sop = 'sopInstanceUID' in lesion.geometry ? lesion.geometry.sopInstanceUID : undefined;
    const candidates = [
      ...(sop !== undefined && bySop.has(sop) ? [bySop.get(sop)!] : []),
      ...series.filter((s) => lesion.references.some((r) => r.seriesInstanceUID === s.seriesInstanceUID)),
      ...series.filter((s) => lesion.references.some((r) => r.frameOfReferenceUID !== undefined && r.frameOfReferenceUID === s.instances[0]?.frameOfReferenceUID)),
    ];
    const found = candidates.find((s) => s.isVolume);
    if (found) return found;
    if (candidates.length > 0) return `its series cannot be stacked into a volume (${candidates[0].notVolumeReason ?? 'inconsistent geometry'})`;
    const wanted = sop ?? lesion.references[0]?.seriesInstanceUID;
    return wanted === undefined ? 'the SR names no image for this measurement' : 'its image series is not among --images';
  };
  return { series, seriesOf, imagePlane: (sop) => planes.get(sop), errors: [...loaded.errors, ...grouped.errors] };
}
