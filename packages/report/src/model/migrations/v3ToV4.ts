import type { Migration } from '../migration';

/**
 * v3 → v4 (radiomics). The only addition is the optional per-lesion `radiomics` block (IBSI-1
 * features with their settings), so a v3 record is a valid v4 record once its version says so.
 */
export const v3ToV4: Migration = {
  from: 3,
  to: 4,
  migrate(v3) {
    return { ...v3, schemaVersion: 4 };
  },
};
