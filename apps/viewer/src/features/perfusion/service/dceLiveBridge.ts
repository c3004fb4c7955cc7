import { eventTarget } from '@cornerstonejs/core';
import { Enums as ToolEnums } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import { nextVersion } from '../../measure/service/measureLesion';
import { annotationToShape } from '../../measure/tools/annotationToShape';
import type { AnnotationLike } from '../../measure/tools/annotationToShape';
import { toolKindOf } from '../../measure/tools/toolNames';
import { seriesOfViewport } from '../../measure/tools/viewportSeries';
import { fit } from './dceRoiCurves';

interface Detail { annotation?: AnnotationLike & { annotationUID?: string }; viewportId?: string; changeType?: string }
const last = new Map<string, string>();

/**
 * A ROI being drawn on the DCE view is fitted at every pointer move (before it becomes a lesion):
 * the curve follows the pointer. Lesions already in the store are handled by dceRoiCurves.
 */
function onChange(evt: Event): void {
  const dce = appStore.getState().dce;
  const { annotation: a, viewportId, changeType } = (evt as CustomEvent<Detail>).detail;
  if (!dce || !a?.annotationUID || !viewportId || changeType === 'StatsUpdated' || changeType === 'LabelChange') return;
  if (appStore.getState().lesions.some((l) => l.id === a.annotationUID)) return;
  if (!seriesOfViewport(viewportId).includes(dce.viewUID)) return;
  const kind = toolKindOf(a.metadata.toolName);
  const shape = kind ? annotationToShape(kind, a) : null;
  if (!shape) return;
  const key = JSON.stringify(shape);
  if (last.get(a.annotationUID) === key) return;
  last.set(a.annotationUID, key);
  void fit({ id: a.annotationUID, shape, version: nextVersion() }, appStore.getState().dceSettings.bolusArrivalS === null);
}

let started = false;

/** Listens to Cornerstone's annotation events for ROIs drawn on the DCE view. Idempotent. */
export function startDceLiveBridge(): void {
  if (started) return;
  started = true;
  eventTarget.addEventListener(ToolEnums.Events.ANNOTATION_ADDED, onChange);
  eventTarget.addEventListener(ToolEnums.Events.ANNOTATION_MODIFIED, onChange);
}
