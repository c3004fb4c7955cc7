import { describe, expect, it } from 'vitest';
import type { Lesion } from '../../model/lesion';
import { rolePatch, sitePatch } from '../lesionEdits';

const lesion = { id: 'a', name: 'L1', location: '', role: 'target', tool: 'bidirectional', version: 1, seriesUIDs: [] } as unknown as Lesion;

describe('lesion site and role edits', () => {
  it('a site creates the tracking record when there is none; a lymph node is nodal', () => {
    expect(sitePatch(lesion, 'liver', '2.25.1')).toEqual({ tracking: { uid: '2.25.1', label: 'L1', nodal: false, status: 'measured', role: 'target', organ: 'liver' } });
    expect(sitePatch(lesion, 'lymph node', '2.25.1').tracking).toMatchObject({ organ: 'lymph node', nodal: true });
  });
  it('keeps an existing tracking record and clears the site with ""', () => {
    const tracked = { ...lesion, tracking: { uid: '2.25.9', label: 'T1', nodal: true, status: 'absent', role: 'target', organ: 'lymph node' } } as Lesion;
    expect(sitePatch(tracked, 'lung', 'ignored').tracking).toEqual({ uid: '2.25.9', label: 'T1', nodal: false, status: 'absent', role: 'target', organ: 'lung' });
    expect(sitePatch(tracked, '', 'ignored').tracking).not.toHaveProperty('organ');
  });
  it('role: non-target and target change the RECIST role; new only the tracking', () => {
    expect(rolePatch(lesion, 'non-target', '2.25.1')).toEqual({ role: 'non-target' });
    expect(rolePatch(lesion, 'new', '2.25.1')).toEqual({ role: 'target', tracking: { uid: '2.25.1', label: 'L1', nodal: false, status: 'measured', role: 'new' } });
  });
});
