import { describe, expect, it } from 'vitest';
import { checkRecistTargets } from '../checkRecistTargets';
import { recistOrgan } from '../courseLesion';

const c = (id: string, organ: string, longMm: number, shortMm: number, nodal = false) => ({ id, role: 'target', organ, nodal, longMm, shortMm });

describe('RECIST 1.1 target selection (§3.1, §4.2)', () => {
  it('accepts 4 targets, 2 in the liver, a 15 mm node', () => {
    expect(checkRecistTargets([c('A', 'liver', 40, 25), c('B', 'liver', 10, 8), c('C', 'lung', 26, 24), c('N', 'lymph node', 28, 15, true)])).toEqual([]);
  });
  it('rejects > 5 targets, > 2 per organ, a node < 15 mm short axis and a lesion < 10 mm', () => {
    const p = checkRecistTargets([c('A', 'liver', 40, 25), c('B', 'liver', 30, 8), c('C', 'liver', 20, 9), c('D', 'lung', 9.9, 8), c('N', 'lymph node', 28, 14.9, true), c('E', 'bone', 20, 20)]);
    expect(p).toEqual(['6 targets (at most 5)', '3 targets in liver (at most 2 per organ)', 'D: long axis 9.9 mm < 10 mm', 'N: node short axis 14.9 mm < 15 mm']);
  });
  it('groups both lungs, and all lymph nodes, as one organ', () => {
    expect(['left lung', 'right lung', 'para-aortic lymph node', 'liver'].map(recistOrgan)).toEqual(['lung', 'lung', 'lymph node', 'liver']);
  });
});
