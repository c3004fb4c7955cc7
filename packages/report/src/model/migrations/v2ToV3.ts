import type { Migration } from '../migration';

/**
 * v2 → v3 (longitudinal reading). Every v3 addition is optional (lesion tracking label, status,
 * organ, re-measure method, Deauville score; the reading's `longitudinal` block) and role only
 * gains a value ('new'), so a v2 record is a valid v3 record once its version says so. Nothing is
 * guessed: a v2 lesion's status stays unset (read as 'measured').
 */
export const v2ToV3: Migration = {
  from: 2,
  to: 3,
  migrate(v2) {
    return { ...v2, schemaVersion: 3 };
  },
};
