import { getRenderingEngine } from '@cornerstonejs/core';
import { annotation as csAnnotation } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import type { Lesion } from '../model/lesion';
import { ENGINE_ID } from '../../../viewports/ids';

/** Cornerstone's lock of each lesion's drawing made to match the lesion list (drawn in the locked colour, never grabbed). */
export function applyLocks(lesions: readonly Lesion[] = appStore.getState().lesions): void {
  let changed = false;
  for (const l of lesions) {
    const uid = l.annotation?.annotationUID ?? l.id;
    const a = csAnnotation.state.getAnnotation(uid);
    if (!a) continue;
    const want = !!l.locked;
    if (csAnnotation.locking.isAnnotationLocked(uid) === want && !!a.isLocked === want) continue;
    csAnnotation.locking.setAnnotationLocked(uid, want);
    a.isLocked = want;
    // Cornerstone draws "selected" over "locked": a locked drawing shows its locked colour at once.
    if (want && csAnnotation.selection.isAnnotationSelected(uid)) csAnnotation.selection.setAnnotationSelected(uid, false);
    changed = true;
  }
  if (changed) (getRenderingEngine(ENGINE_ID) as { render?: () => void } | undefined)?.render?.();
}

/** Lock or unlock a lesion (undoable, in its history): a locked lesion is moved by no tool, not even the edit tool. */
export function setLesionLocked(id: string, locked: boolean): void {
  const s = appStore.getState();
  const l = s.lesions.find((x) => x.id === id);
  if (!l || !!l.locked === locked) return;
  s.runCommand({ type: 'updateLesion', id, patch: { locked } });
  applyLocks();
}

/** Keeps Cornerstone's locks in line with the lesions (undo, redo, restored readings). */
export function startLockSync(): () => void {
  return appStore.subscribe((s, prev) => {
    if (s.lesions !== prev.lesions) applyLocks(s.lesions);
  });
}
