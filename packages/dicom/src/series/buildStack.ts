import type { Instance } from '../model/instance';
import type { Series, SliceRef } from '../model/series';
import type { RawSlice } from './expandSlices';
import { sliceSpacing } from './sliceSpacing';
import { axesOf, dot } from './vec';

function byInstanceThenFrame(a: RawSlice, b: RawSlice): number {
  return (a.instance.instanceNumber ?? 0) - (b.instance.instanceNumber ?? 0) || a.frame - b.frame;
}

/**
 * One stack: slices sorted by the projection of their position on the normal (row × column),
 * never by file name; spacing from positions. Without full geometry the stack is kept (viewable
 * as 2D images in instance-number order) but flagged not-a-volume with the reason.
 */
export function buildStack(id: string, raw: readonly RawSlice[], splitReason?: string): Series {
  const first = raw[0].instance;
  const orientation = raw[0].orientation;
  const missing = !orientation ? 'ImageOrientationPatient' : raw.some((s) => !s.position) ? 'ImagePositionPatient' : !raw[0].pixelSpacing ? 'PixelSpacing' : undefined;
  let slices: SliceRef[];
  let notVolumeReason: string | undefined;
  let spacing: Series['spacing'];
  let normal: Series['normal'];
  if (missing || !orientation) {
    slices = [...raw].sort(byInstanceThenFrame).map((s) => ({ instance: s.instance, frame: s.frame, position: s.position }));
    notVolumeReason = `missing geometry: no ${missing} (sorted by instance number, not a volume)`;
  } else {
    normal = axesOf(orientation).normal;
    const n = normal;
    slices = raw
      .map((s) => ({ instance: s.instance, frame: s.frame, position: s.position, distance: dot(s.position!, n) }))
      .sort((a, b) => a.distance - b.distance || byInstanceThenFrame(a as RawSlice, b as RawSlice));
    const distances = slices.map((s) => s.distance!);
    const dup = distances.findIndex((d, i) => i > 0 && Math.abs(d - distances[i - 1]) < 1e-3);
    if (dup > 0) {
      notVolumeReason = `duplicate slice position ${distances[dup].toFixed(3)} mm along the normal (${slices[dup - 1].instance.file}, ${slices[dup].instance.file}): several acquisitions or duplicates in one series`;
    }
    // Spacing from distinct positions, so duplicates (reported above) do not read as 0 mm steps.
    spacing = sliceSpacing(distances.filter((d, i) => i === 0 || Math.abs(d - distances[i - 1]) >= 1e-3));
  }
  const instances: Instance[] = [];
  const seen = new Set<Instance>();
  for (const s of slices) {
    if (!seen.has(s.instance)) {
      seen.add(s.instance);
      instances.push(s.instance);
    }
  }
  const series: Series = {
    id,
    seriesInstanceUID: first.seriesInstanceUID,
    studyInstanceUID: first.studyInstanceUID,
    modality: first.modality,
    rows: first.rows,
    columns: first.columns,
    instances,
    slices,
    isVolume: notVolumeReason === undefined,
    transferSyntaxes: [...new Set(instances.map((i) => i.transferSyntaxUID))],
    ...(first.seriesDescription !== undefined ? { seriesDescription: first.seriesDescription } : {}),
    ...(first.seriesNumber !== undefined ? { seriesNumber: first.seriesNumber } : {}),
    ...(orientation ? { orientation } : {}),
    ...(normal ? { normal } : {}),
    ...(raw[0].pixelSpacing ? { pixelSpacing: raw[0].pixelSpacing } : {}),
    ...(spacing ? { spacing } : {}),
    ...(notVolumeReason ? { notVolumeReason } : {}),
    ...(splitReason ? { splitReason } : {}),
  };
  return series;
}
