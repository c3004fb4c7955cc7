import type { Lesion, Reading, Segmentation } from '@caliper/report';

/** Saved lesions that could not be restored (e.g. their series is not loaded), kept exactly as saved. */
export interface HeldLesions {
  readonly lesions: readonly Lesion[];
  /** The segmentations their segment geometry points to. */
  readonly segmentations: readonly Segmentation[];
}

/** The lesions of `reading` not among `restoredIds`, with the segmentations they use. */
export function heldFrom(reading: Reading, restoredIds: ReadonlySet<string>): HeldLesions {
  const lesions = reading.lesions.filter((l) => !restoredIds.has(l.id));
  const segIds = new Set(lesions.flatMap((l) => (l.geometry.kind === 'segment' ? [l.geometry.segmentationId] : [])));
  return { lesions, segmentations: reading.segmentations.filter((s) => segIds.has(s.id)) };
}

/**
 * A reading built from the viewer's state plus the held lesions it does not hold again (by id), so
 * a save never drops what could not be restored. A held segmentation whose id the reading already
 * uses is not added twice (the reading's own wins).
 */
export function withHeld(reading: Reading, held: HeldLesions | undefined): Reading {
  if (!held || held.lesions.length === 0) return reading;
  const ids = new Set(reading.lesions.map((l) => l.id));
  const segIds = new Set(reading.segmentations.map((s) => s.id));
  return {
    ...reading,
    lesions: [...reading.lesions, ...held.lesions.filter((l) => !ids.has(l.id))],
    segmentations: [...reading.segmentations, ...held.segmentations.filter((s) => !segIds.has(s.id))],
  };
}
