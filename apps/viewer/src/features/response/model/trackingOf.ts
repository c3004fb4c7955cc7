import { uuidToUid } from '@caliper/report';
import type { Lesion, LesionTracking } from '../../measure/model/lesion';
import { stableUuid } from '../../persistence/mapping/stableUuid';

/**
 * A lesion's tracking, with the defaults of a lesion drawn without one: tracked under its own id
 * (the same Tracking UID the SR export derives), its name as label, its RECIST role, measured.
 */
export function trackingOf(l: Lesion): LesionTracking {
  return l.tracking ?? { uid: uuidToUid(stableUuid(l.id)), label: l.name, role: l.role, nodal: false, status: 'measured' };
}
