import type { Lesion, LesionTracking } from '../model/lesion';

type Patch = Partial<Pick<Lesion, 'role' | 'tracking'>>;

/** The lesion's tracking record, made from its own id when it has none yet (as a restored reading has). */
function trackingOf(l: Lesion, trackingUid: string): LesionTracking {
  return l.tracking ?? { uid: trackingUid, label: l.name, nodal: false, status: 'measured', role: l.role };
}

/**
 * The patch (for an undoable `updateLesion`) that sets a lesion's site, an organ from the finding-site
 * list or "" to clear it. RECIST 1.1 counts every lymph node as nodal: the site decides `nodal`.
 */
export function sitePatch(l: Lesion, organ: string, trackingUid: string): Patch {
  const t = trackingOf(l, trackingUid);
  const { organ: _old, ...rest } = t;
  return { tracking: { ...rest, ...(organ ? { organ } : {}), nodal: organ === 'lymph node' } };
}

/**
 * The patch that sets a lesion's role: target / non-target (chosen at baseline) or new (first seen at a
 * follow-up). A new lesion keeps its RECIST role for the measure model; its tracking says "new".
 */
export function rolePatch(l: Lesion, role: LesionTracking['role'], trackingUid: string): Patch {
  const recist: Lesion['role'] = role === 'non-target' ? 'non-target' : role === 'new' ? l.role : 'target';
  return { role: recist, ...(l.tracking || role === 'new' ? { tracking: { ...trackingOf(l, trackingUid), role } } : {}) };
}
