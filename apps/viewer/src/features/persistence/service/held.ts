import type { Reading } from '@caliper/report';
import { appStore } from '../../../app/store';
import type { HeldLesions } from '../mapping/heldLesions';
import { withHeld } from '../mapping/heldLesions';
import type { HeldNote } from '../persistenceSlice';

/** Per study: saved lesions that could not be restored, kept as saved so that no save drops them. */
const held = new Map<string, HeldLesions>();

/** Remember what of a study's reading could not be restored (replaces the study's previous set) and show it. */
export function setHeld(studyInstanceUID: string, h: HeldLesions, notes: readonly HeldNote[]): void {
  held.set(studyInstanceUID, h);
  const others = (appStore.getState().persistence.held ?? []).filter((n) => n.studyInstanceUID !== studyInstanceUID);
  appStore.getState().setPersistence({ held: [...others, ...notes] });
}

/** A study's reading from the viewer's state, plus its held lesions. */
export const withHeldOf = (reading: Reading): Reading => withHeld(reading, held.get(reading.studyInstanceUID));

/**
 * The user removes a held lesion on purpose (Reading panel): it leaves the study's held set, so the
 * next save (scheduled by the caller) no longer writes it. Its segmentation goes when no other held lesion uses it.
 */
export function discardHeld(studyInstanceUID: string, lesionId: string): void {
  const h = held.get(studyInstanceUID);
  if (!h) return;
  const lesions = h.lesions.filter((l) => l.id !== lesionId);
  const used = new Set(lesions.flatMap((l) => (l.geometry.kind === 'segment' ? [l.geometry.segmentationId] : [])));
  held.set(studyInstanceUID, { lesions, segmentations: h.segmentations.filter((s) => used.has(s.id)) });
  const notes = appStore.getState().persistence.held ?? [];
  appStore.getState().setPersistence({ held: notes.filter((n) => !(n.studyInstanceUID === studyInstanceUID && n.lesionId === lesionId)) });
}
