import type { Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import { COMPARE_VIEWPORT, stackViewport } from './compareViewports';
import { applyLandmark } from './applyLandmark';

/** Patient point (LPS mm) under a pointer event in a compare viewport, or undefined elsewhere. */
function pointIn(side: 'prior' | 'current', e: PointerEvent): [number, number, number] | undefined {
  const cell = (e.target as Element | null)?.closest?.(`[data-viewport-id="${COMPARE_VIEWPORT[side]}"]`);
  const vp = stackViewport(side);
  if (!cell || !vp) return undefined;
  const rect = vp.element.getBoundingClientRect();
  const w = vp.canvasToWorld([e.clientX - rect.left, e.clientY - rect.top] as Types.Point2);
  return [w[0], w[1], w[2]];
}

/**
 * While a landmark pick is on (store `landmarkPick`), the next click in the prior and then in the
 * current are taken as the landmark pair instead of reaching the viewport tools; Esc cancels.
 */
export function startLandmarkPicker(): void {
  const onDown = (e: PointerEvent) => {
    const pick = appStore.getState().landmarkPick;
    if (!pick || e.button !== 0) return;
    const p = pointIn(pick.step, e);
    if (!p) return;
    // Keep the click from the W/L or measurement tool under it (no compatibility mouse events).
    e.preventDefault();
    e.stopPropagation();
    if (pick.step === 'prior') {
      appStore.getState().setLandmarkPick({ step: 'current', priorMm: p });
      return;
    }
    appStore.getState().setLandmarkPick(null);
    try {
      applyLandmark(pick.priorMm, p);
    } catch (err) {
      appStore.getState().addErrors([{ source: 'landmark correction', reason: err instanceof Error ? err.message : String(err) }]);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && appStore.getState().landmarkPick) appStore.getState().setLandmarkPick(null);
  };
  document.addEventListener('pointerdown', onDown, true);
  document.addEventListener('keydown', onKey, true);
  appStore.subscribe((s) => {
    if (s.landmarkPick && s.layout !== 'compare') s.setLandmarkPick(null);
  });
}
