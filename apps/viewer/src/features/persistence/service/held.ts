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
