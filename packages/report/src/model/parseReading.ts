import type { Migration } from './migration';
import { v1ToV2 } from './migrations/v1ToV2';
import { v2ToV3 } from './migrations/v2ToV3';
import { v3ToV4 } from './migrations/v3ToV4';
import type { Reading } from './schema';
import { CURRENT_SCHEMA_VERSION, readingSchema } from './schema';

/** Why a stored record could not be used as a reading. It is kept aside, never dropped. */
export interface ReadingProblem {
  /** 'burden-dropped': the reading loaded without its malformed whole-body burden block (the record is kept aside). */
  readonly kind: 'corrupt' | 'newer-version' | 'migration-failed' | 'burden-dropped';
  readonly message: string;
  readonly schemaVersion?: number;
  readonly issues?: readonly string[];
}

export type ParseReadingResult =
  | { readonly ok: true; readonly reading: Reading; readonly migratedFrom?: number; readonly warnings?: readonly ReadingProblem[] }
  | { readonly ok: false; readonly problem: ReadingProblem };

export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4];

export interface ParseReadingOptions {
  /** Migration chain to apply (default: MIGRATIONS). */
  readonly migrations?: readonly Migration[];
}

/**
 * Validate a stored record and migrate it to the current schema version. A record of a newer
 * version (written by a newer Caliper) or one that fails validation is reported, not repaired.
 */
export function parseReading(raw: unknown, options: ParseReadingOptions = {}): ParseReadingResult {
  const migrations = options.migrations ?? MIGRATIONS;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problem: { kind: 'corrupt', message: 'record is not an object' } };
  }
  let record = raw as Record<string, unknown>;
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { kind: 'corrupt', message: `missing or invalid schemaVersion (${String(version)})` } };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', schemaVersion: version, message: `schemaVersion ${version} is newer than this Caliper (${CURRENT_SCHEMA_VERSION})` } };
  }
  let v = version;
  while (v < CURRENT_SCHEMA_VERSION) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined) {
      return { ok: false, problem: { kind: 'migration-failed', schemaVersion: version, message: `no migration from schemaVersion ${v}` } };
    }
    try {
      record = step.migrate(record);
    } catch (e) {
      return { ok: false, problem: { kind: 'migration-failed', schemaVersion: version, message: `migration ${step.from}→${step.to} threw: ${String(e)}` } };
    }
    v = step.to;
  }
  let parsed = readingSchema.safeParse(record);
  const warnings: ReadingProblem[] = [];
  // A malformed optional burden block must not cost the reader the rest of the reading.
  if (!parsed.success && record.burden !== undefined && parsed.error.issues.every((i) => i.path[0] === 'burden')) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    warnings.push({ kind: 'burden-dropped', schemaVersion: version, message: `whole-body burden not restored (invalid: ${issues.slice(0, 3).join('; ')}); the rest of the reading is loaded`, issues });
    const { burden: _dropped, ...rest } = record;
    parsed = readingSchema.safeParse(rest);
  }
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, problem: { kind: 'corrupt', schemaVersion: version, message: `invalid reading: ${issues.slice(0, 3).join('; ')}`, issues } };
  }
  const extra = warnings.length > 0 ? { warnings } : {};
  return version === CURRENT_SCHEMA_VERSION ? { ok: true, reading: parsed.data, ...extra } : { ok: true, reading: parsed.data, migratedFrom: version, ...extra };
}
