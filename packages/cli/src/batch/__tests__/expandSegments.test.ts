import { describe, expect, it } from 'vitest';
import type { ManifestItem } from '@caliper/batch';
import { expandSegments } from '../expandSegments';

const item = (key: string, roi: string | null): ManifestItem => ({ key, lines: [2], paths: ['/d'], study: null, series: null, roi, segment: null, patient: null, timepoint: null });
const segs = (f: string) => (f === '/seg3.dcm' ? [1, 2, 5] : f === '/seg1.dcm' ? [1] : null);

describe('expandSegments', () => {
  it('measure: a multi-segment SEG (row roi or --roi) gives one item per segment', () => {
    const out = expandSegments([item('a', '/seg3.dcm'), item('b', null), item('c', '/r.json')], 'measure', '/seg1.dcm', segs);
    expect(out.map((i) => [i.key, i.roi, i.segment])).toEqual([['a#1', '/seg3.dcm', 1], ['a#2', '/seg3.dcm', 2], ['a#5', '/seg3.dcm', 5], ['b', null, null], ['c', '/r.json', null]]);
  });
  it('other tasks pass through', () => {
    expect(expandSegments([item('a', '/seg3.dcm')], 'radiomics', null, segs).map((i) => i.key)).toEqual(['a']);
  });
});
