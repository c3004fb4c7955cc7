import type { CroppedMask } from '@caliper/engine';
import type { Command } from '../commands/types';
import type { AnnotationSnapshot, Lesion } from '../model/lesion';

/** What a new brush lesion needs besides its mask (name, where it was drawn…). */
export type NewBrushLesion = Pick<Lesion, 'id' | 'name' | 'location' | 'seriesUIDs' | 'focusMm' | 'viewportId'>;

/**
 * The undoable command of one brush/eraser/scissors stroke on a segment: the lesion's whole
 * cropped segment before (kept by the inverse) and after. An edited lesion gets the new mask and
 * version; a segment with no lesion yet becomes a new 'brush' lesion. Null if nothing to record
 * (an eraser stroke on a segment without lesion, or a new segment left empty). `annotation`: the
 * segment's new auto-RECIST drawing (kept unchanged when undefined).
 */
export function strokeCommand(
  lesions: readonly Lesion[], lesionId: string | null, volumeId: string, mask: CroppedMask, version: number, fresh: NewBrushLesion, annotation?: AnnotationSnapshot,
): Command | null {
  const shape = { kind: 'mask' as const, volumeId, mask, painted: true };
  const old = lesionId ? lesions.find((l) => l.id === lesionId) : undefined;
  if (old) return { type: 'updateLesion', id: old.id, patch: { shape, version, ...(annotation ? { annotation } : {}) } };
  if (!mask.bbox) return null;
  return { type: 'addLesion', lesion: { ...fresh, role: 'target', tool: 'brush', shape, version, ...(annotation ? { annotation } : {}) } };
}
