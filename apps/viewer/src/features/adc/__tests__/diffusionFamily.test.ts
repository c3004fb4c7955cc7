import { describe, expect, it } from 'vitest';
import type { SeriesEntry } from '../../../app/types';
import { diffusionFamily } from '../diffusionFamily';

const s = (uid: string, ids: string[], extra: Partial<SeriesEntry> = {}): SeriesEntry => ({
  seriesInstanceUID: uid, studyInstanceUID: '1.2', modality: 'MR', seriesDescription: 'DWI', seriesNumber: 4,
  instanceCount: ids.length, imageIds: ids, source: 'files', ...extra,
});

describe('diffusionFamily', () => {
  const b0 = s('1.2.3', ['a0', 'a1']);
  const b50 = s('1.2.3#2', ['b0', 'b1']);
  const b800 = s('1.2.3#10', ['c0', 'c1']);
  const other = s('1.2.30', ['x0']);
  const otherStudy = s('1.2.3#3', ['y0'], { studyInstanceUID: '9.9' });

  it('reunites the stacks split from one series (any member opened), in stack order, under the original UID', () => {
    for (const opened of [b0, b50, b800]) {
      expect(diffusionFamily(opened, [b800, other, b50, otherStudy, b0])).toEqual({
        seriesInstanceUID: '1.2.3', studyInstanceUID: '1.2', modality: 'MR', seriesDescription: 'DWI', seriesNumber: 4,
        instanceCount: 6, imageIds: ['a0', 'a1', 'b0', 'b1', 'c0', 'c1'], source: 'files',
      });
    }
  });
  it('a series that was not split (e.g. from a manifest) is returned unchanged', () => {
    const whole = s('1.2.3', ['a0', 'a1', 'b0', 'b1'], { notVolumeReason: 'repeats positions', source: 'demo' });
    expect(diffusionFamily(whole, [whole, other])).toBe(whole);
    expect(diffusionFamily(other, [b0, b50, other])).toBe(other);
  });
});
