import { describe, expect, it } from 'vitest';
import { sameFrame } from '../sameFrame';
import { lesionColorOf, regionColor } from '../regionColor';

describe('sameFrame', () => {
  it('the same Frame of Reference, else the same study when a series does not say', () => {
    expect(sameFrame({ frameOfReferenceUID: '1.2', studyInstanceUID: 'A' }, { frameOfReferenceUID: '1.2', studyInstanceUID: 'B' })).toBe(true);
    expect(sameFrame({ frameOfReferenceUID: '1.2', studyInstanceUID: 'A' }, { frameOfReferenceUID: '1.3', studyInstanceUID: 'A' })).toBe(false);
    expect(sameFrame({ studyInstanceUID: 'A' }, { frameOfReferenceUID: '1.3', studyInstanceUID: 'A' })).toBe(true);
    expect(sameFrame({ studyInstanceUID: 'A' }, { studyInstanceUID: 'B' })).toBe(false);
    expect(sameFrame(undefined, { studyInstanceUID: 'B' })).toBe(false);
  });
});

describe('regionColor', () => {
  it('distinct colours for the first eight lesions, then cycled', () => {
    const first = Array.from({ length: 8 }, (_, i) => regionColor(i));
    expect(new Set(first).size).toBe(8);
    expect(regionColor(8)).toBe(regionColor(0));
  });
  it('a lesion\'s colour is that of its row in the lesion list', () => {
    const list = [{ id: 'a' }, { id: 'b' }];
    expect(lesionColorOf(list, 'b')).toBe(regionColor(1));
    expect(lesionColorOf(list, 'gone')).toBeUndefined();
  });
});
