import { describe, expect, it } from 'vitest';
import { boxOf, placeOverlay } from '../overlayPlacement';

const VIEW = { width: 500, height: 400 };

describe('live numbers placement', () => {
  it('sits left of a ROI with room on its left, top-aligned, right edge 14 px from the ROI', () => {
    expect(placeOverlay(boxOf([[400, 100], [480, 160]]), VIEW)).toEqual({ left: 386, top: 100, alignRight: true });
  });
  it('goes to the right of a ROI near the left edge', () => {
    expect(placeOverlay(boxOf([[60, 100], [120, 160], [90, 150]]), VIEW)).toEqual({ left: 134, top: 100, alignRight: false });
  });
  it('below a ROI that leaves no room on either side, kept inside the viewport', () => {
    expect(placeOverlay(boxOf([[100, 50], [400, 100]]), VIEW)).toEqual({ left: 100, top: 114, alignRight: false });
    expect(placeOverlay(boxOf([[100, 300], [400, 350]]), VIEW)).toEqual({ left: 100, top: 160, alignRight: false });
  });
  it('moved up when the ROI is low in the viewport', () => {
    expect(placeOverlay(boxOf([[400, 350], [480, 380]]), VIEW)).toEqual({ left: 386, top: 160, alignRight: true });
  });
  it('top-left of the viewport (below the patient lines) when nothing is drawn', () => {
    expect(placeOverlay(boxOf([]), VIEW)).toEqual({ left: 8, top: 110, alignRight: false });
  });
});
