import { v5 as uuidV5, validate, version } from 'uuid';
import { uidToUuid } from './uid';

/** Namespace of the name-based (v5) lesion ids Caliper derives from Tracking Unique Identifiers. */
export const TRACKING_UID_NAMESPACE = '3c1f7a52-8d0e-4b6f-9a35-2e7d41c0b9a8';

/**
 * A lesion id (RFC 9562 UUID) for a Tracking Unique Identifier, the same for the same UID:
 * the UUID itself for a 2.25 UID carrying a valid UUID (Caliper's own exports), otherwise a
 * name-based v5 UUID of the UID (other tools write '2.25.1001' or '1.2.3.4.5').
 */
export function lesionIdOfUid(trackingUid: string): string {
  const direct = uidToUuid(trackingUid);
  if (direct !== undefined && validate(direct) && version(direct) >= 1 && version(direct) <= 8) return direct;
  return uuidV5(trackingUid, TRACKING_UID_NAMESPACE);
}
