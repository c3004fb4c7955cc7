import { annotation as csAnnotation } from '@cornerstonejs/tools';
import type { Annotation } from '@cornerstonejs/tools/types';
import type { Types } from '@cornerstonejs/core';
import { viewportById } from '../../../viewports/controller';
import type { AnnotationSnapshot } from '../model/lesion';
import type { EngineVolume } from '../service/engineVolumes';
import { renderAll } from '../tools/annotationBridge';
import { autoRecistAnnotation } from '../tools/autoRecistAnnotation';
import type { ShapeMeasurement } from '../worker/measureShape';

/**
 * Auto-RECIST drawing of a painted segment: the engine's long/short axes as a bidirectional
 * annotation whose UID is the lesion id (so the annotation bridge treats it as the drawing of a 3D
 * lesion). Locked: its handles do not catch brush strokes (the numbers come from the segment).
 * Undefined when the segment has no RECIST axes.
 */
export function strokeRecist(lesionId: string, m: ShapeMeasurement, ev: EngineVolume, viewportId: string | undefined): AnnotationSnapshot | undefined {
  const recist = m.result.recist;
  if (!recist) return undefined;
  const vp = viewportId ? (viewportById(viewportId) as Types.IViewport | undefined) : undefined;
  return { ...autoRecistAnnotation(recist, ev, vp), annotationUID: lesionId, isLocked: true };
}

/** Show a lesion's (new) auto-RECIST drawing: its annotation is replaced in place or added. */
export function showRecist(snap: AnnotationSnapshot | undefined): void {
  if (!snap) return;
  const copy = JSON.parse(JSON.stringify(snap)) as Annotation;
  const cur = csAnnotation.state.getAnnotation(snap.annotationUID) as Annotation | undefined;
  if (cur) {
    cur.data.handles = copy.data.handles;
    cur.metadata = copy.metadata;
    cur.invalidated = true;
  } else {
    // Added through the manager, without ANNOTATION_ADDED: the annotation bridge would take that
    // event for an edit of the lesion's drawing and record an empty undo step at the next pointer up.
    csAnnotation.state.getAnnotationManager().addAnnotation(copy, undefined);
  }
  renderAll();
}
