import { describe, expect, it } from 'vitest';
import { toolKindOf, CS_TOOL } from '../../tools/toolNames';
import { isBrushTool, isScissors, SCISSORS } from '../scissorsTools';
import { sphereOfPoints } from '../sphereOfPoints';

describe('sphereOfPoints', () => {
  it('centre and radius of the [bottom, top, left, right] handles of a scissors circle', () => {
    // Centre (10, -4, 30), radius 6 mm, viewUp -y (axial view), viewRight +x.
    const { center, radiusMm } = sphereOfPoints([[10, 2, 30], [10, -10, 30], [4, -4, 30], [16, -4, 30]]);
    expect([...center]).toEqual([10, -4, 30]);
    expect(radiusMm).toBe(6);
  });
});

describe('scissors tools', () => {
  it('rectangle, circle and sphere scissors each have a Cornerstone tool and paint the brush labelmap', () => {
    expect(SCISSORS.map((s) => CS_TOOL[s.id])).toEqual(['RectangleScissor', 'CircleScissor', 'CaliperSphereScissor']);
    for (const s of SCISSORS) {
      expect(isScissors(s.id) && isBrushTool(s.id)).toBe(true);
      expect(toolKindOf(CS_TOOL[s.id])).toBe('scissors');
      expect(s.tip.length).toBeGreaterThan(20);
    }
    expect(isBrushTool('brush') && isBrushTool('eraser')).toBe(true);
    expect(isBrushTool('circle') || isScissors('brush') || isBrushTool(null)).toBe(false);
  });
});
