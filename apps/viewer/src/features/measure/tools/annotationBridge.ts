import { eventTarget, getRenderingEngine } from '@cornerstonejs/core';
import { annotation as csAnnotation, Enums as ToolEnums, ToolGroupManager } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import { ENGINE_ID } from '../../../viewports/ids';
import type { AnnotationSnapshot, Lesion } from '../model/lesion';
import { measureLesion, nextVersion, withPetThreshold } from '../service/measureLesion';
import type { DrawnOn } from '../service/measureLesion';
import { rectanglePrism } from '../service/rectanglePrism';
import { viewportById } from '../../../viewports/controller';
import { annotationToShape, shapeFocus } from './annotationToShape';
import type { AnnotationLike } from './annotationToShape';
import { CS_TOOL, toolKindOf } from './toolNames';
import { seriesOfViewport } from './viewportSeries';
import { describeLocation } from './describeLocation';
import { startLockSync } from './lesionLocks';
import { startEditToolKey } from './editToolKey';
import { newRecistShortAxis } from './newRecistShortAxis';
import { fovDiagonalMm } from './viewportSampler';
import { implausibleLine, tooSmall } from '../model/plausibility';
import { mainValueOfShape } from '../model/mainValue';
import { askImplausible } from '../ui/askImplausible';

type CsAnnotation = AnnotationLike & { annotationUID?: string; metadata: AnnotationLike['metadata'] & { FrameOfReferenceUID?: string } };
interface Detail { annotation?: CsAnnotation; viewportId?: string; changeType?: string }

const viewportOf = new Map<string, string>();
const seriesOf = new Map<string, string[]>();
const dirty = new Set<string>();
const lastShape = new Map<string, string>();
/** Annotation removals we cause ourselves (undo/redo sync) are not user deletions. */
export const suppressedRemovals = new Set<string>();
/** Left-button presses so far; a new drawing remembers the press that started it. */
let press = 0;
let pressing = false;
const isLeftTool = (toolName: string): boolean => {
  const t = appStore.getState().measureTool;
  return !!t && t !== 'grow' && t !== 'edit' && CS_TOOL[t] === toolName;
};
const startedOnPress = new Map<string, number>();
/** New drawings dropped before they became lesions (a click without a drag). */
const rejected = new Set<string>();
/** Tools whose new drawing needs a drag: a click alone would start Cornerstone's click–move–click drawing. */
const DRAG_TO_DRAW = new Set(['bidirectional', 'length', 'ellipse', 'circle', 'rectangle', 'sphere']);

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
  if (rejected.has(uid)) return;
  // A drawing the reader starts with the tool on the left button (not the drawings Caliper adds
  // itself, e.g. a segmentation's auto-RECIST line). Cornerstone holds a press back until the mouse
  // moves or its double-click wait (400 ms) ends: a drawing that appears after the button is up
  // was started by a click, and is cancelled at once (no line following the mouse).
  if (evt.type === ToolEnums.Events.ANNOTATION_ADDED && DRAG_TO_DRAW.has(kind) && isLeftTool(a.metadata.toolName) && !startedOnPress.has(uid)
    && !appStore.getState().lesions.some((l) => l.id === uid)) {
    startedOnPress.set(uid, press);
    if (!pressing) setTimeout(() => cancelDrawing(uid), 0);
  }
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

/** Take a new drawing away without a lesion or an undo step (a slip, or an implausible result the reader discarded). */
function dropDrawing(uid: string): void {
  rejected.add(uid);
  startedOnPress.delete(uid);
  dirty.delete(uid);
  lastShape.delete(uid);
  if (csAnnotation.state.getAnnotation(uid)) {
    suppressedRemovals.add(uid);
    csAnnotation.state.removeAnnotation(uid);
  }
  const s = appStore.getState();
  if (s.activeId === uid) s.setMeasure({ activeId: null });
  renderAll();
}

/** A locked lesion's drawing that moved anyway is put back where the lesion says (no command). */
function putBack(a: CsAnnotation, lesion: Lesion): void {
  const snap = lesion.annotation as { data?: { handles?: unknown; contour?: unknown } } | undefined;
  if (!snap?.data?.handles) return;
  const d = a.data as { handles?: unknown; contour?: unknown };
  d.handles = JSON.parse(JSON.stringify(snap.data.handles));
  if (snap.data.contour) d.contour = JSON.parse(JSON.stringify(snap.data.contour));
  (a as { invalidated?: boolean }).invalidated = true;
  lastShape.delete(a.annotationUID ?? '');
  renderAll();
}

/**
 * A new drawing's checks before it becomes a lesion: too small (a click) → dropped; a new RECIST
 * gets its short axis from the image; a line longer than the body → the reader is asked.
 * Resolves true when the drawing may become a lesion.
 */
async function admitNew(uid: string, kind: string, a: CsAnnotation): Promise<boolean> {
  const drawn = annotationToShape(kind as never, a);
  if (!drawn) return false;
  const limits = appStore.getState().plausibility;
  if (tooSmall(drawn, limits)) {
    dropDrawing(uid);
    return false;
  }
  const vp = viewportById(viewportOf.get(uid) ?? activeViewportId() ?? '');
  if (kind === 'bidirectional' && vp && newRecistShortAxis(a as unknown as Parameters<typeof newRecistShortAxis>[0], vp)) renderAll();
  if (kind !== 'bidirectional' && kind !== 'length') return true;
  const long = mainValueOfShape(drawn)?.value ?? 0;
  const reasons = implausibleLine(long, vp ? fovDiagonalMm(vp) : undefined, limits);
  if (!reasons.length) return true;
  const keep = await askImplausible({ title: 'Keep this line as a lesion?', reasons });
  if (!keep) dropDrawing(uid);
  return keep && !!csAnnotation.state.getAnnotation(uid);
}

/** Commit: a finished new annotation becomes a lesion; an edited one updates its lesion (undoable). */
async function commit(uid: string, isNew = false): Promise<void> {
  if (rejected.has(uid)) {
    dropDrawing(uid);
    return;
  }
  const a0 = csAnnotation.state.getAnnotation(uid) as CsAnnotation | undefined;
  const kind0 = a0 && toolKindOf(a0.metadata.toolName);
  if (!a0 || !kind0) return;
  if (isNew && !appStore.getState().lesions.some((l) => l.id === uid) && !(await admitNew(uid, kind0, a0))) return;
  const a = csAnnotation.state.getAnnotation(uid) as CsAnnotation | undefined;
  const kind = a && toolKindOf(a.metadata.toolName);
  if (!a || !kind) return;
  const s = appStore.getState();
  const owner = s.lesions.find((l) => l.id === uid);
  if (owner?.locked) {
    putBack(a, owner);
    return;
  }
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
    const within = existing.shape.kind === 'petThreshold' && shape.kind !== 'petThreshold' ? (shape.kind === 'sphere' ? shape : rectanglePrism(shape, on.slabMm)) : null;
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
  // Finished on a later press than the one that started it: Cornerstone's click–move–click, i.e.
  // a single click began it (a stray line across the body). A drawing needs a drag.
  const started = startedOnPress.get(uid);
  startedOnPress.delete(uid);
  if (started !== undefined && started !== press) rejected.add(uid);
  setTimeout(() => void commit(uid, true), 0);
}

type DrawingTool = { editData?: { annotation?: { annotationUID?: string }; newAnnotation?: boolean; hasMoved?: boolean } | null; cancel?: (el: HTMLDivElement) => unknown };

/** Cancel a new drawing that is still being drawn without a drag (Cornerstone's click–move–click); false if it is not. */
function cancelDrawing(uid: string): boolean {
  const a = csAnnotation.state.getAnnotation(uid) as CsAnnotation | undefined;
  const vpId = viewportOf.get(uid) ?? activeViewportId();
  const vp = vpId ? (viewportById(vpId) as { element?: HTMLDivElement } | undefined) : undefined;
  const group = vpId ? ToolGroupManager.getToolGroupForViewport(vpId, ENGINE_ID) : undefined;
  const tool = a && group?.getToolInstance(a.metadata.toolName) as DrawingTool | undefined;
  const ed = tool?.editData;
  if (!ed || ed.annotation?.annotationUID !== uid || !ed.newAnnotation || ed.hasMoved) return false;
  rejected.add(uid);
  // Cornerstone's cancel ends the drawing and announces it completed: onCompleted drops it.
  if (vp?.element && tool?.cancel) tool.cancel(vp.element);
  else dropDrawing(uid);
  return true;
}

/** A press that started a drawing and let go without moving: cancel it at once. */
function cancelClickDrawings(): void {
  for (const [uid, p] of startedOnPress) if (p === press) cancelDrawing(uid);
}

function onPointerDown(e: PointerEvent): void {
  if (e.button !== 0) return;
  press++;
  pressing = true;
}

function onPointerUp(e: PointerEvent): void {
  if (e.button === 0) pressing = false;
  // Edits end on pointer up (Cornerstone fires no event then); let its end callback run first.
  setTimeout(() => {
    if (e.button === 0) cancelClickDrawings();
    const ids = [...dirty];
    dirty.clear();
    for (const uid of ids) if (appStore.getState().lesions.some((l) => l.id === uid)) void commit(uid);
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
  window.addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('pointerup', onPointerUp, true);
  const stopLocks = startLockSync();
  const stopEditKey = startEditToolKey();
  return () => {
    stopLocks();
    stopEditKey();
    window.removeEventListener('pointerdown', onPointerDown, true);
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
