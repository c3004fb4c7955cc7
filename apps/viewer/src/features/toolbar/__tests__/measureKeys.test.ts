import { describe, expect, it } from 'vitest';
import { FEATURE_KEYS, SHORTCUTS } from '../shortcuts';
import { MEASURE_KEYS, keyOfTool, measureKeyFor, stepLesion } from '../measureKeys';

const ev = (key: string, mod: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mod });

describe('measurement keys', () => {
  it('one key for every tool of the issue (RECIST, length, ellipse, grow, sphere, threshold; brush is B)', () => {
    expect(measureKeyFor(ev('D'))?.action).toEqual({ kind: 'tool', tool: 'bidirectional' });
    expect(measureKeyFor(ev('l'))?.action).toEqual({ kind: 'tool', tool: 'length' });
    expect(measureKeyFor(ev('k'))?.action).toEqual({ kind: 'tool', tool: 'ellipse' });
    expect(measureKeyFor(ev('u'))?.action).toEqual({ kind: 'tool', tool: 'grow' });
    expect(measureKeyFor(ev('y'))?.action).toEqual({ kind: 'tool', tool: 'sphere' });
    expect(measureKeyFor(ev('j'))?.action).toEqual({ kind: 'threshold' });
    expect(FEATURE_KEYS.some((k) => k.key === 'b' && /Brush/.test(k.label))).toBe(true);
    expect(keyOfTool('bidirectional')).toBe('D');
    expect(keyOfTool('threshold')).toBe('J');
  });
  it('Delete and Backspace delete; ] and [ step; modified keys are left alone', () => {
    expect(measureKeyFor(ev('Backspace'))?.action).toEqual({ kind: 'delete' });
    expect(measureKeyFor(ev('Delete'))?.action).toEqual({ kind: 'delete' });
    expect(measureKeyFor(ev(']'))?.action).toEqual({ kind: 'step', dir: 1 });
    expect(measureKeyFor(ev('d', { ctrlKey: true }))).toBeUndefined();
  });
  it('collides with no other key of the reading room, and leaves E free', () => {
    const taken = new Set([...SHORTCUTS.map((s) => s.key), ...FEATURE_KEYS.map((k) => k.key), 'e']);
    for (const k of MEASURE_KEYS) expect(taken.has(k.key), k.key).toBe(false);
  });
  it('steps through the lesions, wrapping round', () => {
    expect(stepLesion(['a', 'b', 'c'], 'c', 1)).toBe('a');
    expect(stepLesion(['a', 'b', 'c'], 'a', -1)).toBe('c');
    expect(stepLesion(['a', 'b'], null, 1)).toBe('a');
    expect(stepLesion(['a', 'b'], null, -1)).toBe('b');
    expect(stepLesion([], null, 1)).toBeUndefined();
  });
});
