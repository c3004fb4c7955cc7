import type { Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import { viewportsFor } from '../../../viewports/ids';
import { useBurden } from '../model/burdenState';
import { brushExclusion, finishExclusionStroke } from './editExclusion';
import { addBurdenLesion } from './editLesions';
import { viewportInPetFrame } from './samePatientFrame';

interface ViewHit {
  readonly pointMm: [number, number, number];
  readonly mip: boolean;
  readonly normal: [number, number, number];
}

/** The patient point under a pointer on a viewport in the PET's frame, or null (another view, the panel…). */
function hitOf(e: PointerEvent, petUID: string): ViewHit | null {
  const el = (e.target as HTMLElement | null)?.closest?.('.viewport-cell') as HTMLElement | null;
  const id = el?.dataset.viewportId;
  const vp = id ? viewportById(id) : undefined;
  if (!id || !vp || !viewportInPetFrame(id, petUID)) return null;
  const r = (vp.element as HTMLElement).getBoundingClientRect();
  const w = vp.canvasToWorld([e.clientX - r.left, e.clientY - r.top] as Types.Point2);
  const n = vp.getCamera().viewPlaneNormal ?? [0, 0, 1];
  const mip = viewportsFor(appStore.getState().layout).find((v) => v.id === id)?.kind === 'mip';
  return { pointMm: [w[0], w[1], w[2]], mip, normal: [n[0], n[1], n[2]] };
}

/**
 * While the panel is in an editing mode, a press on a view in the PET's frame goes to the burden,
 * not to the active tool (taken in the capture phase; its default prevented, so no compatibility
 * mouse events reach Cornerstone): add → the lesion under the click (on the MIP: the brightest
 * voxel along the view line); split → one more point (plane views only); paint / erase → brush
 * dabs along the drag, the stroke's re-run on release. Escape leaves the mode. Returns the uninstaller.
 */
export function installEditCapture(): () => void {
  let stroke: (() => void) | null = null;
  const onDown = (e: PointerEvent) => {
    const st = useBurden.getState();
    const mode = st.editing, uid = st.seriesUID;
    if (!mode || !uid || e.button !== 0) return;
    const hit = hitOf(e, uid);
    if (!hit) return;
    e.stopPropagation();
    e.preventDefault();
    if (mode === 'add') {
      void addBurdenLesion(hit.pointMm, hit.mip ? hit.normal : null);
      return;
    }
    if (hit.mip) {
      st.set({ editMessage: `${mode === 'split' ? 'split points' : 'the brush'}: click on a plane view (CT, PET or fused), not the MIP` });
      return;
    }
    if (mode === 'split') {
      st.set({ splitPoints: [...st.splitPoints, hit.pointMm], editMessage: null });
      return;
    }
    const value = mode === 'paint' ? 1 : 0;
    brushExclusion(hit.pointMm, st.brushRadiusMm, value);
    const onMove = (m: PointerEvent) => {
      const h = hitOf(m, uid);
      if (h && !h.mip && m.buttons & 1) brushExclusion(h.pointMm, useBurden.getState().brushRadiusMm, value);
    };
    const onUp = () => {
      stroke?.();
      void finishExclusionStroke(mode, `${mode === 'paint' ? 'paint' : 'erase'} exclusion (${useBurden.getState().brushRadiusMm} mm brush)`);
    };
    stroke = () => {
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      stroke = null;
    };
    window.addEventListener('pointermove', onMove, true);
    window.addEventListener('pointerup', onUp, true);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && useBurden.getState().editing) useBurden.getState().set({ editing: null, splitPoints: [] });
  };
  window.addEventListener('pointerdown', onDown, true);
  window.addEventListener('keydown', onKey, true);
  return () => {
    stroke?.();
    window.removeEventListener('pointerdown', onDown, true);
    window.removeEventListener('keydown', onKey, true);
  };
}
