import { cache, imageLoader } from '@cornerstonejs/core';
import { segmentation, Enums as ToolEnums } from '@cornerstonejs/tools';
import type { CroppedMask } from '@caliper/engine';
import type { EngineVolume } from '../service/engineVolumes';
import type { SliceGetter } from './segmentMasks';
import type { WritableSliceGetter } from './writeSegmentMask';

/** A segment of a brush labelmap and the lesion it belongs to (null until its first stroke). */
export interface SegmentBinding {
  lesionId: string | null;
  /** The mask last read from / written to the labelmap for this segment. */
  written: CroppedMask | null;
}

/** One Cornerstone labelmap per series, on the engine volume's grid (labelmap image k ↔ slice k). */
export interface BrushLabelmap {
  readonly segmentationId: string;
  readonly ev: EngineVolume;
  readonly labelmapImageIds: readonly string[];
  readonly segments: Map<number, SegmentBinding>;
  activeIndex: number;
  readonly viewports: Set<string>;
}

const bySeries = new Map<string, BrushLabelmap>();
export const brushLabelmaps = (): BrushLabelmap[] => [...bySeries.values()];
export const labelmapById = (segmentationId: string): BrushLabelmap | undefined => brushLabelmaps().find((l) => l.segmentationId === segmentationId);

/** True when a brush labelmap shows the lesion's voxels (a segment bound to it holds a mask). */
export const paintedInLabelmap = (lesionId: string): boolean =>
  brushLabelmaps().some((lm) => [...lm.segments.values()].some((s) => s.lesionId === lesionId && !!s.written?.bbox));

/** The series' brush labelmap (created on first use: derived labelmap images of its imageIds). */
export function labelmapFor(ev: EngineVolume): BrushLabelmap {
  let lm = bySeries.get(ev.seriesUID);
  if (lm) return lm;
  const segmentationId = `caliper-brush:${ev.seriesUID}`;
  const images = imageLoader.createAndCacheDerivedLabelmapImages([...ev.imageIds]);
  const labelmapImageIds = images.map((im) => im.imageId);
  segmentation.addSegmentations([{ segmentationId, representation: { type: ToolEnums.SegmentationRepresentations.Labelmap, data: { imageIds: labelmapImageIds } } }]);
  lm = { segmentationId, ev, labelmapImageIds, segments: new Map(), activeIndex: 0, viewports: new Set() };
  bySeries.set(ev.seriesUID, lm);
  return lm;
}

/** Show the labelmap in a viewport and make it the segmentation the brush tools paint into there. */
export function showLabelmap(lm: BrushLabelmap, viewportId: string): void {
  if (!lm.viewports.has(viewportId)) {
    segmentation.addLabelmapRepresentationToViewport(viewportId, [{ segmentationId: lm.segmentationId }]);
    lm.viewports.add(viewportId);
  }
  segmentation.activeSegmentation.setActiveSegmentation(viewportId, lm.segmentationId);
}

/** Make `index` the segment painted by the next stroke. */
export function setActiveSegment(lm: BrushLabelmap, index: number): void {
  lm.activeIndex = index;
  if (!lm.segments.has(index)) lm.segments.set(index, { lesionId: null, written: null });
  segmentation.segmentIndex.setActiveSegmentIndex(lm.segmentationId, index);
}

/** A segment index not used yet in the labelmap. */
export const freeSegmentIndex = (lm: BrushLabelmap): number => Math.max(0, ...lm.segments.keys()) + 1;

const pixels = (lm: BrushLabelmap, k: number) => {
  const id = lm.labelmapImageIds[k];
  return id ? (cache.getImage(id)?.getPixelData() as Uint8Array | undefined) : undefined;
};
export const sliceGetter = (lm: BrushLabelmap): SliceGetter => (k) => pixels(lm, k);
export const writableSliceGetter = (lm: BrushLabelmap): WritableSliceGetter => (k) => pixels(lm, k);
