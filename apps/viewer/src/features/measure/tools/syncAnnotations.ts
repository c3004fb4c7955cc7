import { annotation as csAnnotation } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import type { Annotation } from '@cornerstonejs/tools/types';
import { measureLesion } from '../service/measureLesion';
import { renderAll, suppressedRemovals } from './annotationBridge';
import { CS_TOOL } from './toolNames';
import { applyLocks } from './lesionLocks';

const OURS = new Set(Object.values(CS_TOOL));

/**
 * After undo/redo the lesion list is the truth: Cornerstone's measure annotations are made to
 * match it (removed, re-added or moved back to the snapshot), then every lesion is re-measured
 * for its (restored) shape version.
 */
export function syncAnnotations(): void {
  const { lesions, setLiveVersion } = appStore.getState();
  const wanted = new Map(lesions.filter((l) => l.annotation).map((l) => [l.annotation!.annotationUID, l]));
  for (const a of csAnnotation.state.getAllAnnotations() as Annotation[]) {
    if (!OURS.has(a.metadata?.toolName ?? '') || !a.annotationUID || wanted.has(a.annotationUID)) continue;
    suppressedRemovals.add(a.annotationUID);
    csAnnotation.state.removeAnnotation(a.annotationUID);
  }
  for (const [uid, lesion] of wanted) {
    const snap = JSON.parse(JSON.stringify(lesion.annotation)) as Annotation;
    const cur = csAnnotation.state.getAnnotation(uid) as Annotation | undefined;
    // A snapshot's planeRestriction is the one of the first click (no in-plane vectors): Cornerstone
    // would show it in every view crossing that point (an MPR ellipse in all three planes).
    if (!cur) delete (snap.metadata as { planeRestriction?: unknown }).planeRestriction;
    if (!cur) csAnnotation.state.addAnnotation(snap, snap.metadata!.FrameOfReferenceUID!);
    else {
      cur.data.handles = snap.data.handles;
      if (snap.data.contour) cur.data.contour = snap.data.contour;
      cur.invalidated = true;
    }
  }
  applyLocks(lesions);
  renderAll();
  for (const l of lesions) {
    setLiveVersion(l.id, l.version);
    void measureLesion(l.id, l.shape, l.version, l.seriesUIDs);
  }
}

/** Undo the last lesion edit and bring the drawing back in line. */
export function undoMeasure(): void {
  if (appStore.getState().undo()) syncAnnotations();
}

export function redoMeasure(): void {
  if (appStore.getState().redo()) syncAnnotations();
}
