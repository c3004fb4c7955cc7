import { eventTarget, getRenderingEngine } from '@cornerstonejs/core';
import { annotation as csAnnotation, Enums as ToolEnums } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import { ENGINE_ID } from '../../../viewports/ids';
import type { AnnotationSnapshot, Lesion } from '../model/lesion';
import { measureLesion, nextVersion, withPetThreshold } from '../service/measureLesion';
import type { DrawnOn } from '../service/measureLesion';
import { rectangleBox } from '../service/rectangleBox';
import { viewportById } from '../../../viewports/controller';
import { annotationToShape, shapeFocus } from './annotationToShape';
import type { AnnotationLike } from './annotationToShape';
import { toolKindOf } from './toolNames';
import { seriesOfViewport } from './viewportSeries';
import { describeLocation } from './describeLocation';

type CsAnnotation = AnnotationLike & { annotationUID?: string; metadata: AnnotationLike['metadata'] & { FrameOfReferenceUID?: string } };
interface Detail { annotation?: CsAnnotation; viewportId?: string; changeType?: string }

const viewportOf = new Map<string, string>();
const seriesOf = new Map<string, string[]>();
const dirty = new Set<string>();
const lastShape = new Map<string, string>();
/** Annotation removals we cause ourselves (undo/redo sync) are not user deletions. */
export const suppressedRemovals = new Set<string>();

export const snapshot = (a: CsAnnotation): AnnotationSnapshot => JSON.parse(JSON.stringify(a)) as AnnotationSnapshot;

function activeViewportId(): string | undefined {
  const el = document.querySelector('.viewport-cell.active[data-viewport-id]');
  return el?.getAttribute('data-viewport-id') ?? undefined;
}

/** The view a ROI was drawn on: its slab (a MIP's spans the body) and whether it shows PET. */
function drawnOn(uid: string): DrawnOn {
  const vpId = viewportOf.get(uid) ?? activeViewportId();
  const vp = vpId ? (viewportById(vpId) as { getSlabThickness?: () => number } | undefined) : undefined;
  const series = seriesOf.get(uid) ?? (vpId ? seriesOfViewport(vpId) : []);
  const all = appStore.getState().series;
  return { slabMm: vp?.getSlabThickness?.() ?? 0, pet: series.some((u) => all[u]?.modality === 'PT') };
}

/** Live: every change of a measure annotation is measured in the worker (latest wins). */
function onChange(evt: Event): void {
  const { annotation: a, viewportId, changeType } = (evt as CustomEvent<Detail>).detail;
  // Cornerstone re-announces an annotation after computing its own stats on render: not an edit.
  if (changeType === 'StatsUpdated' || changeType === 'LabelChange') return;
  const uid = a?.annotationUID;
  const kind = a && toolKindOf(a.metadata.toolName);
  if (!a || !uid || !kind) return;
  if (viewportId) viewportOf.set(uid, viewportId);
  const vpId = viewportOf.get(uid) ?? activeViewportId();
  if (!vpId) return;
  const owner = appStore.getState().lesions.find((l) => l.id === uid);
  if (owner?.shape.kind === 'mask') {
    // The auto-RECIST drawing of a 3D segmentation: its numbers come from the segmentation.
    dirty.add(uid);
    return;
  }
  const drawn = annotationToShape(kind, a);
  if (!drawn) return;
  const key = JSON.stringify(drawn);
  if (lastShape.get(uid) === key) return;
  lastShape.set(uid, key);
  if (!seriesOf.has(uid)) seriesOf.set(uid, seriesOfViewport(vpId));
  const { shape } = withPetThreshold(kind, drawn, drawnOn(uid));
  const version = nextVersion();
  // The request goes to the worker first; the store (and so React) hears of the new version after.
  // Its result can only come back in a later task, when the version is set.
  void measureLesion(uid, shape, version, seriesOf.get(uid)!, 'live', true);
  const s = appStore.getState();
  s.setLiveVersion(uid, version);
  if (s.activeId !== uid) s.setMeasure({ activeId: uid });
  dirty.add(uid);
}

/** Commit: a finished new annotation becomes a lesion; an edited one updates its lesion (undoable). */
function commit(uid: string): void {
  const a = csAnnotation.state.getAnnotation(uid) as CsAnnotation | undefined;
  const kind = a && toolKindOf(a.metadata.toolName);
  if (!a || !kind) return;
  const s = appStore.getState();
  const owner = s.lesions.find((l) => l.id === uid);
  if (owner?.shape.kind === 'mask') {
    // A re-added (redo, restore) or re-rendered drawing is not an edit: no undo step unless it moved.
    const moved = JSON.stringify(a.data.handles?.points) !== JSON.stringify((owner.annotation as { data?: { handles?: { points?: unknown } } } | undefined)?.data?.handles?.points);
    if (moved) s.runCommand({ type: 'updateLesion', id: uid, patch: { annotation: snapshot(a) } });
    return;
  }
  const drawn = annotationToShape(kind, a);
  if (!drawn) return;
  const on = drawnOn(uid);
  const { tool, shape } = withPetThreshold(kind, drawn, on);
  const version = nextVersion();
  s.setLiveVersion(uid, version);
  const existing = s.lesions.find((l) => l.id === uid);
  const series = existing?.seriesUIDs ?? seriesOf.get(uid) ?? [];
  if (existing && JSON.stringify(existing.shape) === JSON.stringify(shape)) {
    // Nothing moved (a click on the drawing): no undo step; make sure the numbers are current.
    s.setLiveVersion(uid, existing.version);
    void measureLesion(uid, existing.shape, existing.version, series);
    return;
  }
  if (existing) {
    // An edited PET threshold ROI keeps its threshold (even if the panel's setting changed since).
    const within = existing.shape.kind === 'petThreshold' && shape.kind !== 'petThreshold' ? (shape.kind === 'sphere' ? shape : rectangleBox(shape, on.slabMm)) : null;
    const next = existing.shape.kind === 'petThreshold' && within ? { ...existing.shape, within } : shape;
    s.runCommand({ type: 'updateLesion', id: uid, patch: { shape: next, version, annotation: snapshot(a), focusMm: shapeFocus(shape) } });
  } else {
    const vpId = viewportOf.get(uid);
    const lesion: Lesion = {
      id: uid,
      name: `Lesion ${s.lesions.length + 1}`,
      location: describeLocation(shape, vpId),
      role: 'target',
      tool,
      shape,
      version,
      seriesUIDs: series,
      focusMm: shapeFocus(shape),
      ...(vpId ? { viewportId: vpId } : {}),
      annotation: snapshot(a),
    };
    s.runCommand({ type: 'addLesion', lesion });
    s.setMeasure({ selectedLesionId: uid, activeId: uid });
  }
  const lesion = appStore.getState().lesions.find((l) => l.id === uid)!;
  void measureLesion(uid, lesion.shape, version, series);
}

function onCompleted(evt: Event): void {
  const uid = (evt as CustomEvent<Detail>).detail.annotation?.annotationUID;
  if (!uid) return;
  dirty.delete(uid);
  setTimeout(() => commit(uid), 0);
}

function onPointerUp(): void {
  // Edits end on pointer up (Cornerstone fires no event then); let its end callback run first.
  setTimeout(() => {
    const ids = [...dirty];
    dirty.clear();
    for (const uid of ids) if (appStore.getState().lesions.some((l) => l.id === uid)) commit(uid);
  }, 0);
}

function onRemoved(evt: Event): void {
  const uid = (evt as CustomEvent<Detail>).detail.annotation?.annotationUID;
  if (!uid) return;
  if (suppressedRemovals.delete(uid)) return;
  if (appStore.getState().lesions.some((l) => l.id === uid)) appStore.getState().runCommand({ type: 'removeLesion', id: uid });
}

/** Subscribes the measure feature to Cornerstone's annotation events; returns the unsubscribe. */
export function startAnnotationBridge(): () => void {
  const E = ToolEnums.Events;
  eventTarget.addEventListener(E.ANNOTATION_ADDED, onChange);
  eventTarget.addEventListener(E.ANNOTATION_MODIFIED, onChange);
  eventTarget.addEventListener(E.ANNOTATION_COMPLETED, onCompleted);
  eventTarget.addEventListener(E.ANNOTATION_REMOVED, onRemoved);
  window.addEventListener('pointerup', onPointerUp, true);
  return () => {
    eventTarget.removeEventListener(E.ANNOTATION_ADDED, onChange);
    eventTarget.removeEventListener(E.ANNOTATION_MODIFIED, onChange);
    eventTarget.removeEventListener(E.ANNOTATION_COMPLETED, onCompleted);
    eventTarget.removeEventListener(E.ANNOTATION_REMOVED, onRemoved);
    window.removeEventListener('pointerup', onPointerUp, true);
  };
}

/** Re-render every viewport's annotations (after programmatic changes). */
export function renderAll(): void {
  (getRenderingEngine(ENGINE_ID) as { render?: () => void } | undefined)?.render?.();
}
