import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Types } from '@cornerstonejs/core';
import type { PatientPoint } from '@caliper/core';
import { useApp } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import { viewportsFor } from '../../../viewports/ids';
import { GrowLayer } from './grow/GrowLayer';
import { useRenderTick } from './useRenderTick';
import { annotation as csAnnotation } from '@cornerstonejs/tools';
import { boxOf, placeOverlay } from './overlayPlacement';
import type { CanvasBox } from './overlayPlacement';
import type { Lesion } from '../model/lesion';
import type { RoiShape } from '../model/shapes';
import { LesionRegions } from '../regions/LesionRegions';
import { regionOf, useRegionEpoch } from '../regions/regionMasks';
import { shapeMeetsPlane } from '../regions/shapeMeetsPlane';
import { viewPlaneOf } from '../regions/viewPlane';
import { engineVolumeInfo } from '../service/engineVolumes';
import { toolKindOf } from '../tools/toolNames';
import { labelResults } from './labelResults';
import { onImageLabel } from './onImageLabel';
import { OnImageLabel } from './OnImageLabel';

/** Canvas box of the ROI being shown: its drawing's handles, else the lesion's focus point. */
function roiBox(vp: Types.IViewport, points: readonly Types.Point3[], focusMm: readonly number[] | undefined): CanvasBox | null {
  if (points.length) return boxOf(points.map((p) => vp.worldToCanvas(p)));
  if (focusMm && Number.isFinite(focusMm[0])) return boxOf([vp.worldToCanvas(focusMm as unknown as Types.Point3)]);
  return null;
}

/**
 * Whether the ROI lies on the slice the viewport shows now: a lesion by its shape (a grown region or
 * PET threshold lesion by its voxels' extent), a ROI still being drawn by its handles. Elsewhere its
 * numbers are not drawn.
 */
function onShownSlice(vp: Types.IViewport, lesion: Lesion | undefined, handles: readonly Types.Point3[]): boolean {
  const plane = viewPlaneOf(vp);
  if (!plane) return false;
  if (lesion) {
    const s = lesion.shape;
    // A PET threshold ROI is where its thresholded lesion is (once known), not its whole search sphere/box.
    const region = s.kind === 'petThreshold' ? regionOf(lesion) : undefined;
    if (region) return shapeMeetsPlane({ kind: 'mask', volumeId: region.seriesUID, mask: region.mask }, plane, region.geometry);
    const geometry = s.kind === 'mask' ? (regionOf(lesion)?.geometry ?? lesion.seriesUIDs.map(engineVolumeInfo).find((e) => e?.id === s.volumeId)?.geometry) : undefined;
    return shapeMeetsPlane(s, plane, geometry);
  }
  const pts = handles.map((p) => [p[0], p[1], p[2]] as unknown as PatientPoint);
  const drawing: RoiShape = { kind: 'lines', segments: pts.map((p) => [p, p] as const) };
  return pts.length > 0 && shapeMeetsPlane(drawing, plane);
}

/**
 * Whether the pointer is over `ref`'s box, watched on the viewport element: the label itself takes
 * no pointer events (a press or wheel beside a ROI must reach the viewport), yet shows its details on hover.
 */
function useHover(element: HTMLElement | null, ref: RefObject<HTMLElement | null>): boolean {
  const [hover, setHover] = useState(false);
  useEffect(() => {
    if (!element) return;
    const on = (e: PointerEvent) => {
      const r = ref.current?.getBoundingClientRect();
      const inside = !!r && e.buttons === 0 && e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      setHover((h) => (h === inside ? h : inside));
    };
    const off = () => setHover(false);
    element.addEventListener('pointermove', on);
    element.addEventListener('pointerleave', off);
    // Scrolling moves the ROI (and its label) away from under the pointer.
    element.addEventListener('wheel', off, { passive: true });
    return () => {
      element.removeEventListener('pointermove', on);
      element.removeEventListener('pointerleave', off);
      element.removeEventListener('wheel', off);
    };
  }, [element, ref]);
  return hover;
}

function LiveOverlay({ viewportId, element, tick }: { viewportId: string; element: HTMLElement | null; tick: number }) {
  const box = useRef<HTMLDivElement | null>(null);
  const hover = useHover(element, box);
  const activeId = useApp((s) => s.activeId);
  const lesion = useApp((s) => s.lesions.find((l) => l.id === s.activeId));
  const version = useApp((s) => (s.activeId ? s.liveVersion[s.activeId] : undefined));
  const results = useApp((s) => (s.activeId ? s.results[s.activeId] : undefined));
  const series = useApp((s) => s.series);
  const petThreshold = useApp((s) => s.petThreshold.kind);
  // A PET threshold lesion's voxels arriving decide on which slices its numbers show.
  useRegionEpoch();
  const vp = viewportById(viewportId);
  if (!activeId || !vp) return null;
  // A deleted lesion (or a drawing removed before it became one) has no numbers on the image.
  const ann = csAnnotation.state.getAnnotation(activeId);
  if (!lesion && !ann) return null;
  const ownsIt = lesion?.viewportId ? lesion.viewportId === viewportId : document.querySelector('.viewport-cell.active')?.getAttribute('data-viewport-id') === viewportId;
  if (!ownsIt) return null;
  void tick;
  const handles = (ann?.data.handles?.points ?? []) as Types.Point3[];
  if (!onShownSlice(vp, lesion, handles)) return null;
  // A sphere still being drawn with the PET threshold on becomes a PET threshold ROI.
  const drawingKind = ann && toolKindOf(ann.metadata?.toolName ?? '') === 'sphere' && petThreshold !== 'off' ? 'petThreshold' : undefined;
  const { list, state } = labelResults(results, (u) => series[u]?.modality, lesion?.shape.kind ?? drawingKind, version);
  const label = onImageLabel(lesion?.name ?? 'New ROI', list);
  const el = vp.element as HTMLElement;
  const at = placeOverlay(roiBox(vp, handles, lesion?.focusMm), { width: el.clientWidth, height: el.clientHeight });
  // The details open rightwards from the label's left edge, over the image (never over the sidebar).
  const labelLeft = at.alignRight ? at.left - (box.current?.offsetWidth ?? 0) : at.left;
  return (
    <div ref={box} className="measure-overlay" data-viewport-id={viewportId} data-lesion-id={activeId}
      style={{ position: 'absolute', left: at.left, top: at.top, transform: at.alignRight ? 'translateX(-100%)' : undefined, background: 'rgba(0,0,0,.72)', color: '#ffe680', padding: '3px 7px', borderRadius: 3, pointerEvents: 'none', fontSize: 12, lineHeight: 1.35, maxWidth: 240, whiteSpace: 'nowrap' }}>
      <OnImageLabel label={label} version={version} state={state} />
      {hover && (
        <div className="measure-label-details" role="tooltip"
          style={{ position: 'absolute', top: '100%', left: 0, marginTop: 4, width: Math.max(200, Math.min(420, el.clientWidth - labelLeft - 8)), background: 'rgba(10,12,16,.94)', color: '#d8dde6', border: '1px solid #3a4250', padding: '4px 8px', borderRadius: 3, fontSize: 11, lineHeight: 1.4, whiteSpace: 'pre-wrap', zIndex: 3 }}>
          {label.title}
        </div>
      )}
    </div>
  );
}

/** The measure feature's layer over one viewport: lesion regions, live numbers, grow preview, click-to-grow. */
export function ViewportLayer({ viewportId }: { viewportId: string }) {
  const [cell, setCell] = useState<HTMLElement | null>(null);
  const layout = useApp((s) => s.layout);
  useEffect(() => {
    setCell(document.querySelector<HTMLElement>(`.viewport-cell[data-viewport-id="${viewportId}"]`));
  }, [viewportId]);
  const element = cell?.querySelector<HTMLElement>('.viewport-element') ?? null;
  const tick = useRenderTick(element);
  if (!cell) return null;
  const kind = viewportsFor(layout).find((v) => v.id === viewportId)?.kind;
  return createPortal(
    <div className="measure-layer" style={{ position: 'absolute', inset: 0, pointerEvents: 'none', zIndex: 2 }}>
      <LesionRegions viewportId={viewportId} kind={kind} tick={tick} />
      <GrowLayer viewportId={viewportId} element={element} tick={tick} />
      <LiveOverlay viewportId={viewportId} element={element} tick={tick} />
    </div>,
    cell,
  );
}
