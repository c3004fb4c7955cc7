import { eventTarget } from '@cornerstonejs/core';
import { Enums as ToolEnums, segmentation, ToolGroupManager, utilities as toolUtils } from '@cornerstonejs/tools';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import type { CroppedMask } from '@caliper/engine';
import { appStore } from '../../../app/store';
import { MIP_GROUP, STACK_GROUP, VOLUME_GROUP } from '../../../viewports/ids';
import { activeViewportId } from '../api/measureApi';
import type { Lesion } from '../model/lesion';
import { ensureEngineVolume } from '../service/engineVolumes';
import { nextVersion } from '../service/measureLesion';
import { measureWorker } from '../service/measureWorker';
import { describeLocation } from '../tools/describeLocation';
import { seriesOfViewport } from '../tools/viewportSeries';
import { useBrush } from './brushState';
import type { BrushLabelmap } from './labelmaps';
import { isBrushTool, isScissors, SCISSORS } from './scissorsTools';
import { CS_TOOL } from '../tools/toolNames';
import { brushLabelmaps, freeSegmentIndex, labelmapById, labelmapFor, setActiveSegment, showLabelmap, sliceGetter, writableSliceGetter } from './labelmaps';
import { sameMask } from './sameMask';
import { segmentMasks } from './segmentMasks';
import { strokeCommand } from './strokeCommand';
import { showRecist, strokeRecist } from './strokeRecist';
import { writeSegmentMask } from './writeSegmentMask';

let counter = 0;

const lesionMask = (l: Lesion | undefined, lm: BrushLabelmap): CroppedMask | null =>
  l && l.shape.kind === 'mask' && l.shape.volumeId === lm.ev.id ? l.shape.mask : null;

function focusOf(lm: BrushLabelmap, m: CroppedMask): Lesion['focusMm'] {
  const b = m.bbox!;
  return voxelToPatient(lm.ev.geometry, voxelIndex((b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2, (b[0][2] + b[1][2]) / 2));
}

/**
 * After a stroke: read every segment of the labelmap; each changed one is measured in the worker
 * and becomes one undoable command (mask, version and auto-RECIST drawing), then its numbers show.
 */
async function readStroke(lm: BrushLabelmap): Promise<void> {
  const masks = segmentMasks(sliceGetter(lm), lm.ev.geometry.dimensions, [...lm.segments.keys()]);
  for (const [index, mask] of masks) {
    const seg = lm.segments.get(index)!;
    if (sameMask(mask, seg.written)) continue;
    seg.written = mask;
    const before = appStore.getState();
    const bound = seg.lesionId ? before.lesions.find((l) => l.id === seg.lesionId) : undefined;
    if (!bound && !mask.bbox) continue;
    const id = seg.lesionId ?? `brush-${Date.now().toString(36)}-${++counter}`;
    seg.lesionId = id;
    const version = nextVersion();
    const shape = { kind: 'mask' as const, volumeId: lm.ev.id, mask, painted: true };
    const r = await measureWorker().measure(lm.ev.id, shape, { requestId: version });
    if (r.cancelled) continue;
    const s = appStore.getState();
    const viewportId = bound?.viewportId ?? [...lm.viewports][0];
    const focusMm = mask.bbox ? focusOf(lm, mask) : bound!.focusMm;
    const ann = r.ok ? strokeRecist(id, r.value, lm.ev, viewportId) : undefined;
    const cmd = strokeCommand(s.lesions, bound && s.lesions.some((l) => l.id === bound.id) ? bound.id : null, lm.ev.id, mask, version, {
      id, name: `Lesion ${s.lesions.length + 1}`, location: describeLocation({ kind: 'sphere', center: focusMm, radiusMm: 0 }, viewportId),
      seriesUIDs: [lm.ev.seriesUID], focusMm, ...(viewportId ? { viewportId } : {}),
    }, ann);
    if (!cmd) continue;
    s.setLiveVersion(id, version);
    s.runCommand(cmd);
    s.setMeasure({ selectedLesionId: id, activeId: id });
    if (index === lm.activeIndex) useBrush.getState().set({ targetLesionId: id });
    showRecist(ann);
    s.setResult(id, lm.ev.seriesUID, r.ok ? { version, measurement: r.value } : { version, error: r.error });
  }
}

/** Undo/redo/delete changed the lesion list: make each bound segment's voxels match its lesion's mask. */
function syncLabelmaps(lesions: readonly Lesion[]): void {
  for (const lm of brushLabelmaps()) {
    const changed: number[] = [];
    for (const [index, seg] of lm.segments) {
      if (!seg.lesionId) continue;
      const want = lesionMask(lesions.find((l) => l.id === seg.lesionId), lm);
      if (want === seg.written || sameMask(want, seg.written)) continue;
      changed.push(...writeSegmentMask(writableSliceGetter(lm), lm.ev.geometry.dimensions, index, want));
      seg.written = want;
    }
    if (changed.length) segmentation.triggerSegmentationEvents.triggerSegmentationDataModified(lm.segmentationId);
  }
}

/** Labelmap of the active viewport's series, shown there and ready to paint (the target lesion's segment, or a fresh one). */
export async function prepareBrush(viewportId = activeViewportId()): Promise<BrushLabelmap | null> {
  const uid = seriesOfViewport(viewportId)[0];
  useBrush.getState().set({ readyViewportId: null });
  if (!uid) return null;
  const lm = labelmapFor(await ensureEngineVolume(uid));
  showLabelmap(lm, viewportId);
  const target = useBrush.getState().targetLesionId;
  const bound = [...lm.segments].find(([, s]) => target && s.lesionId === target);
  if (bound) setActiveSegment(lm, bound[0]);
  else if (target) await editLesion(target, viewportId);
  else newBrushLesion(lm);
  applyBrushSize();
  applyScissorsMode();
  useBrush.getState().set({ readyViewportId: viewportId });
  return lm;
}

/** The next stroke starts a new lesion (a fresh segment). */
export function newBrushLesion(lm?: BrushLabelmap): void {
  useBrush.getState().set({ targetLesionId: null });
  for (const l of lm ? [lm] : brushLabelmaps()) {
    const cur = l.segments.get(l.activeIndex);
    setActiveSegment(l, cur && !cur.lesionId && !cur.written?.bbox ? l.activeIndex : freeSegmentIndex(l));
  }
}

/** Edit a 3D segmentation lesion (an accepted grow, a brush lesion) with the brush: its mask is put in the labelmap. */
export async function editLesion(lesionId: string, viewportId = activeViewportId()): Promise<void> {
  const lesion = appStore.getState().lesions.find((l) => l.id === lesionId);
  if (!lesion || lesion.shape.kind !== 'mask') return;
  const lm = labelmapFor(await ensureEngineVolume(lesion.seriesUIDs[0]));
  showLabelmap(lm, lesion.viewportId ?? viewportId);
  useBrush.getState().set({ targetLesionId: lesionId });
  let index = [...lm.segments].find(([, s]) => s.lesionId === lesionId)?.[0];
  if (index === undefined) {
    index = freeSegmentIndex(lm);
    lm.segments.set(index, { lesionId, written: null });
  }
  setActiveSegment(lm, index);
  syncLabelmaps(appStore.getState().lesions);
}

export function applyBrushSize(): void {
  for (const g of [STACK_GROUP, VOLUME_GROUP, MIP_GROUP]) toolUtils.segmentation.setBrushSizeForToolGroup(g, useBrush.getState().sizeMm);
}

/** Fill or erase with every scissors shape (their FILL_INSIDE / ERASE_INSIDE strategy). */
export function applyScissorsMode(): void {
  const activeStrategy = useBrush.getState().scissorsErase ? 'ERASE_INSIDE' : 'FILL_INSIDE';
  for (const id of [STACK_GROUP, VOLUME_GROUP, MIP_GROUP]) {
    const g = ToolGroupManager.getToolGroup(id);
    for (const s of SCISSORS) if (g?.hasTool(CS_TOOL[s.id])) g.setToolConfiguration(CS_TOOL[s.id], { activeStrategy });
  }
}

let started = false;
/** Listen to labelmap edits (read at stroke end), lesion-list changes (undo/redo) and the brush tools being picked. */
export function startBrushService(): void {
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let down = false;
  let queue: Promise<void> = Promise.resolve();
  const pending = new Set<string>();
  const flush = () => {
    timer = undefined;
    if (down) return;
    const ids = [...pending];
    pending.clear();
    // Strokes are read one after the other (each command sees the list left by the previous one).
    queue = queue.then(async () => {
      for (const id of ids) {
        const lm = labelmapById(id);
        if (lm) await readStroke(lm).catch((e: unknown) => console.error('brush stroke', e));
      }
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, 120);
  };
  window.addEventListener('pointerdown', () => (down = true), true);
  window.addEventListener('pointerup', () => {
    down = false;
    if (pending.size) schedule();
  }, true);
  eventTarget.addEventListener(ToolEnums.Events.SEGMENTATION_DATA_MODIFIED, ((e: CustomEvent<{ segmentationId: string }>) => {
    if (!labelmapById(e.detail.segmentationId)) return;
    pending.add(e.detail.segmentationId);
    schedule();
  }) as EventListener);
  appStore.subscribe((s, prev) => {
    if (s.lesions !== prev.lesions) syncLabelmaps(s.lesions);
    const switched = s.measureTool !== prev.measureTool || s.activeViewport !== prev.activeViewport || s.layout !== prev.layout;
    if (isScissors(s.measureTool) && s.measureTool !== prev.measureTool) useBrush.getState().set({ scissors: s.measureTool });
    if (switched && isBrushTool(s.measureTool)) void prepareBrush();
  });
  useBrush.subscribe((s, prev) => {
    if (s.sizeMm !== prev.sizeMm) applyBrushSize();
    if (s.scissorsErase !== prev.scissorsErase) applyScissorsMode();
  });
}
