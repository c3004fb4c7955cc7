import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { RoiShape } from '../../model/shapes';
import { rectangleBox } from '../rectangleBox';

// A 40 × 20 mm rectangle on the coronal plane y = -30 (normal along y), corners in drawing order.
const coronal: RoiShape = {
  kind: 'polygon',
  points: [patientPoint(-100, -30, -60), patientPoint(-60, -30, -60), patientPoint(-60, -30, -80), patientPoint(-100, -30, -80)],
  normal: [0, 1, 0],
};

describe('rectangleBox (PET threshold box from a drawn rectangle)', () => {
  it('on a slice: as deep as the longer side (40 mm), centred on the slice', () => {
    expect(rectangleBox(coronal, 0.06)).toEqual({ kind: 'box', min: [-100, -50, -80], max: [-60, -10, -60] });
  });
  it('on a MIP (slab 700 mm): the whole slab', () => {
    expect(rectangleBox(coronal, 700)).toEqual({ kind: 'box', min: [-100, -380, -80], max: [-60, 320, -60] });
  });
  it('nothing for other shapes', () => {
    expect(rectangleBox({ kind: 'sphere', center: patientPoint(0, 0, 0), radiusMm: 5 }, 1)).toBeNull();
  });
});
