import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { Lesion } from '../../model/lesion';
import { describeEdit } from '../../model/historyEntry';
import { applyCommand } from '../applyCommand';

const line = (mm: number) => ({ kind: 'lines' as const, segments: [[patientPoint(0, 0, 0), patientPoint(mm, 0, 0)] as const] });
const lesion: Lesion = {
  id: 'a', name: 'Lesion 1', location: 'Axial', role: 'target', tool: 'length', version: 1, seriesUIDs: ['s'],
  focusMm: patientPoint(0, 0, 0), shape: line(40),
};
const at = (s: number) => `2026-01-01T00:00:${String(s).padStart(2, '0')}.000Z`;

describe('lesion history', () => {
  it('a shape edit is recorded with the main value before → after; its undo is recorded too and kept', () => {
    const a = applyCommand([lesion], { type: 'updateLesion', id: 'a', patch: { shape: line(42.25), version: 2 } }, { at: at(1), via: 'edit' });
    expect(a.lesions[0].history).toEqual([
      { at: at(1), via: 'edit', fields: ['shape'], before: { name: 'long axis', value: 40, unit: 'mm' }, after: { name: 'long axis', value: 42.25, unit: 'mm' } },
    ]);
    expect(describeEdit(a.lesions[0].history![0])).toBe('long axis 40.0 mm → 42.3 mm');
    const u = applyCommand(a.lesions, a.inverse, { at: at(2), via: 'undo' });
    // The shape is back; the history is not undone: it gains the undo.
    expect(u.lesions[0].shape).toEqual(lesion.shape);
    expect(u.lesions[0].version).toBe(1);
    expect(u.lesions[0].history?.map((e) => [e.via, e.before?.value, e.after?.value])).toEqual([['edit', 40, 42.25], ['undo', 42.25, 40]]);
    expect(describeEdit(u.lesions[0].history![1])).toBe('undo: long axis 42.3 mm → 40.0 mm');
    const r = applyCommand(u.lesions, u.inverse, { at: at(3), via: 'redo' });
    expect(r.lesions[0].shape).toEqual(line(42.25));
    expect(r.lesions[0].history).toHaveLength(3);
  });
  it('rename and lock are recorded by field name; bookkeeping alone (version, focus) is not', () => {
    const a = applyCommand([lesion], { type: 'updateLesion', id: 'a', patch: { name: 'Liver 1', locked: true } }, { at: at(1), via: 'edit' });
    expect(a.lesions[0].history).toEqual([{ at: at(1), via: 'edit', fields: ['name', 'locked'] }]);
    const b = applyCommand([lesion], { type: 'updateLesion', id: 'a', patch: { version: 9, focusMm: patientPoint(1, 1, 1) } }, { at: at(1), via: 'edit' });
    expect(b.lesions[0].history).toBeUndefined();
  });
  it('a patch cannot rewrite the history', () => {
    const a = applyCommand([lesion], { type: 'updateLesion', id: 'a', patch: { name: 'x', history: [] } }, { at: at(1), via: 'edit' });
    expect(a.lesions[0].history).toHaveLength(1);
    expect(a.inverse).toEqual({ type: 'updateLesion', id: 'a', patch: { name: 'Lesion 1' } });
  });
});
