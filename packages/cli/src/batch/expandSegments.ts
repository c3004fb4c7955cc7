import type { BatchTask, ManifestItem } from '@caliper/batch';

/**
 * `measure` with a multi-segment DICOM SEG as ROI measures every segment: the item becomes one
 * item per segment, keyed `<key>#<segment number>` (its document is `caliper measure` with
 * `{"type":"mask","path":seg,"segment":n}`). Other tasks and ROIs pass through; `segmentsOf`
 * returns a file's SEG segment numbers or null when it is not a SEG.
 */
export function expandSegments(items: readonly ManifestItem[], task: BatchTask, defaultRoi: string | null, segmentsOf: (file: string) => readonly number[] | null): ManifestItem[] {
  if (task !== 'measure') return [...items];
  const cache = new Map<string, readonly number[] | null>();
  return items.flatMap((it) => {
    const roi = it.roi ?? defaultRoi;
    if (!roi) return [it];
    if (!cache.has(roi)) cache.set(roi, segmentsOf(roi));
    const segs = cache.get(roi);
    if (!segs || segs.length < 2) return [it];
    return segs.map((n) => ({ ...it, key: `${it.key}#${n}`, roi, segment: n }));
  });
}
