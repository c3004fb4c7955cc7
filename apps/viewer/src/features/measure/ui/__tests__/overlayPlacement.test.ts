import { describe, expect, it } from 'vitest';
import { boxOf, placeOverlay } from '../overlayPlacement';

describe('live numbers placement', () => {
  it('sits left of a ROI with room on its left, top-aligned, right edge 14 px from the ROI', () => {
    expect(placeOverlay(boxOf([[400, 200], [480, 260]]))).toEqual({ left: 386, top: 200, alignRight: true });
  });
  it('goes below a ROI near the left edge', () => {
    expect(placeOverlay(boxOf([[60, 200], [120, 260], [90, 300]]))).toEqual({ left: 60, top: 314, alignRight: false });
  });
  it('top-left of the viewport (below the patient lines) when nothing is drawn', () => {
    expect(placeOverlay(boxOf([]))).toEqual({ left: 8, top: 110, alignRight: false });
  });
});
