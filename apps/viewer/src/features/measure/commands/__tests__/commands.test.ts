import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { Lesion } from '../../model/lesion';
import { applyCommand } from '../applyCommand';
import type { Command } from '../types';

const lesion = (id: string, name = id): Lesion => ({
  id, name, location: 'Axial', role: 'target', tool: 'ellipse', version: 1, seriesUIDs: ['s'],
  focusMm: patientPoint(0, 0, 0), shape: { kind: 'sphere', center: patientPoint(0, 0, 0), radiusMm: 1 },
});

/** Apply, then apply the inverse: the list must be back exactly. */
function roundTrip(start: readonly Lesion[], cmd: Command) {
  const a = applyCommand(start, cmd);
  const b = applyCommand(a.lesions, a.inverse);
  expect(b.lesions).toEqual(start);
  // …and redo gives the changed list again.
  expect(applyCommand(b.lesions, b.inverse).lesions).toEqual(a.lesions);
  return a.lesions;
}

describe('lesion commands', () => {
  const list = [lesion('a'), lesion('b'), lesion('c')];
  it('add appends (or inserts) and is undone by remove', () => {
    expect(roundTrip(list, { type: 'addLesion', lesion: lesion('d') }).map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(roundTrip(list, { type: 'addLesion', lesion: lesion('d'), index: 1 }).map((l) => l.id)).toEqual(['a', 'd', 'b', 'c']);
  });
  it('remove is undone at the same position', () => {
    expect(roundTrip(list, { type: 'removeLesion', id: 'b' }).map((l) => l.id)).toEqual(['a', 'c']);
  });
  it('update (rename, role) restores the previous values', () => {
    const out = roundTrip(list, { type: 'updateLesion', id: 'c', patch: { name: 'Liver 1', role: 'non-target' } });
    expect(out[2]).toMatchObject({ name: 'Liver 1', role: 'non-target' });
  });
  it('clear is a restore of [] and undo brings everything back', () => {
    expect(roundTrip(list, { type: 'restoreLesions', lesions: [] })).toEqual([]);
  });
});
