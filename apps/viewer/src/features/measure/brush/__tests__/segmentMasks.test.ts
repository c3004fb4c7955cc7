import { describe, expect, it } from 'vitest';
import { segmentMasks } from '../segmentMasks';
import { writeSegmentMask } from '../writeSegmentMask';
import { sameMask } from '../sameMask';

// 4×3×3 labelmap: segment 1 at (1,1,0),(2,1,1); segment 2 at (3,2,2); slice 2 only has segment 2.
const dims = [4, 3, 3] as const;
function labelmap(): Uint8Array[] {
  const s = [0, 1, 2].map(() => new Uint8Array(12));
  s[0][1 * 4 + 1] = 1;
  s[1][1 * 4 + 2] = 1;
  s[2][2 * 4 + 3] = 2;
  return s;
}

describe('segmentMasks', () => {
  it('crops each segment to its bbox in one pass', () => {
    const s = labelmap();
    const m = segmentMasks((k) => s[k], dims, [1, 2, 3]);
    expect(m.get(1)!.bbox).toEqual([[1, 1, 0], [2, 1, 1]]);
    // bbox 2×1×2, i-fastest: (1,1,0)=1 (2,1,0)=0 (1,1,1)=0 (2,1,1)=1
    expect([...m.get(1)!.data]).toEqual([1, 0, 0, 1]);
    expect(m.get(2)!.bbox).toEqual([[3, 2, 2], [3, 2, 2]]);
    expect([...m.get(2)!.data]).toEqual([1]);
    expect(m.get(3)!.bbox).toBeNull();
    expect(m.get(3)!.data.length).toBe(0);
  });

  it('skips missing slices', () => {
    const s = labelmap();
    const m = segmentMasks((k) => (k === 1 ? undefined : s[k]), dims, [1]);
    expect(m.get(1)!.bbox).toEqual([[1, 1, 0], [1, 1, 0]]);
  });
});

describe('writeSegmentMask', () => {
  it('puts a mask back as segment voxels and clears the others of that segment', () => {
    const s = labelmap();
    const before = segmentMasks((k) => s[k], dims, [1]).get(1)!;
    // Erase (1,1,0) and paint (0,0,2): only segment 1 changes.
    s[0][5] = 0;
    s[2][0] = 1;
    const after = segmentMasks((k) => s[k], dims, [1]).get(1)!;
    expect(after.bbox).toEqual([[0, 0, 1], [2, 1, 2]]);
    const changed = writeSegmentMask((k) => s[k], dims, 1, before);
    expect(changed).toEqual([0, 2]);
    expect(sameMask(segmentMasks((k) => s[k], dims, [1]).get(1)!, before)).toBe(true);
    expect(s[2][2 * 4 + 3]).toBe(2);
    writeSegmentMask((k) => s[k], dims, 1, after);
    expect(sameMask(segmentMasks((k) => s[k], dims, [1]).get(1)!, after)).toBe(true);
  });

  it('a null mask clears the segment', () => {
    const s = labelmap();
    expect(writeSegmentMask((k) => s[k], dims, 1, null)).toEqual([0, 1]);
    expect(segmentMasks((k) => s[k], dims, [1]).get(1)!.bbox).toBeNull();
    expect(s[2][11]).toBe(2);
  });
});

describe('sameMask', () => {
  it('compares bbox and voxels', () => {
    const a = { dimensions: dims, bbox: [[0, 0, 0], [1, 0, 0]] as const, data: new Uint8Array([1, 1]) };
    expect(sameMask(a, { ...a, data: new Uint8Array([1, 1]) })).toBe(true);
    expect(sameMask(a, { ...a, data: new Uint8Array([1, 0]) })).toBe(false);
    expect(sameMask(a, { ...a, bbox: [[0, 0, 1], [1, 0, 1]] })).toBe(false);
    expect(sameMask(null, null)).toBe(true);
    expect(sameMask(a, null)).toBe(false);
  });
});
