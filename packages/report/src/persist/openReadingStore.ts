import type { DBSchema, IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import type { ReadingProblem } from '../model/parseReading';
import { parseReading } from '../model/parseReading';
import type { Reading } from '../model/schema';
import { readingSchema } from '../model/schema';

/** A record set aside: unreadable, newer than this app, or the original of a migrated reading. */
export interface QuarantinedRecord {
  readonly id: number;
  readonly studyInstanceUID?: string;
  readonly reason:
    | ReadingProblem
    | { readonly kind: 'pre-migration-backup'; readonly message: string; readonly schemaVersion: number }
    | { readonly kind: 'conflict-copy'; readonly message: string; readonly storedRevision: number; readonly expectedRevision: number };
  readonly quarantinedAt: string;
  /** The record exactly as it was stored. */
  readonly record: unknown;
}

export interface ReadingSummary {
  readonly studyInstanceUID: string;
  readonly updatedAt: string;
  readonly lesionCount: number;
  readonly schemaVersion: unknown;
}

export interface LoadResult {
  readonly reading?: Reading;
  readonly problems: readonly ReadingProblem[];
  /** Set when the stored record was an older schema version and was migrated on load. */
  readonly migratedFrom?: number;
  /** The stored record's revision (see SaveOptions); absent when there is no reading (revision 0). */
  readonly revision?: number;
}

export interface SaveOptions {
  /**
   * The revision this tab last loaded or saved (0: none was stored). When the stored record has
   * another revision (a second tab saved meanwhile), nothing is overwritten: the incoming reading is
   * kept in the quarantine as a 'conflict-copy' and save rejects with a ReadingConflictError.
   * Omitted: last writer wins (scripts, imports).
   */
  readonly expectedRevision?: number;
  /** Keep the record being replaced in the quarantine (a reader chose this tab's version over another tab's). */
  readonly keepReplaced?: boolean;
}

/** Another tab saved this study's reading since this tab loaded it: the save was refused, nothing lost. */
export class ReadingConflictError extends Error {
  constructor(readonly studyInstanceUID: string, readonly storedRevision: number, readonly expectedRevision: number, readonly storedUpdatedAt: string) {
    super(`this reading was changed in another tab or window (saved ${storedUpdatedAt || 'at an unknown time'}, revision ${storedRevision}; this tab has revision ${expectedRevision})`);
    this.name = 'ReadingConflictError';
  }
}

/** Field of the stored record (beside the reading, stripped by the schema on load) counting its saves. */
const REVISION = 'storeRevision';
/** 0: no record; a record from before revisions counts as 1. */
const revisionOf = (raw: Record<string, unknown> | undefined): number => (raw === undefined ? 0 : typeof raw[REVISION] === 'number' ? raw[REVISION] : 1);
const withRevision = (reading: unknown, revision: number): Record<string, unknown> => ({ ...(reading as Record<string, unknown>), [REVISION]: revision });

export interface ReadingStore {
  /**
   * Validate and store (replace) the reading of its study in one transaction (all or nothing: a tab
   * closed mid-save leaves the previous record); resolves to the new revision. An unreadable record in
   * the way is quarantined first.
   */
  save(reading: Reading, options?: SaveOptions): Promise<number>;
  load(studyInstanceUID: string): Promise<LoadResult>;
  list(): Promise<ReadingSummary[]>;
  remove(studyInstanceUID: string): Promise<void>;
  readonly quarantine: {
    list(): Promise<QuarantinedRecord[]>;
    remove(id: number): Promise<void>;
  };
  close(): void;
}

interface CaliperDB extends DBSchema {
  readings: { key: string; value: Record<string, unknown> };
  quarantine: { key: number; value: Omit<QuarantinedRecord, 'id'> & { id?: number }; indexes: { byStudy: string } };
}

export interface OpenReadingStoreOptions {
  /** IndexedDB database name (default 'caliper-readings'). */
  readonly dbName?: string;
}

const DB_VERSION = 1;

/** Open (creating if needed) the IndexedDB store of readings keyed by StudyInstanceUID. */
export async function openReadingStore(options: OpenReadingStoreOptions = {}): Promise<ReadingStore> {
  const db: IDBPDatabase<CaliperDB> = await openDB<CaliperDB>(options.dbName ?? 'caliper-readings', DB_VERSION, {
    upgrade(d) {
      d.createObjectStore('readings', { keyPath: 'studyInstanceUID' });
      const q = d.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
      q.createIndex('byStudy', 'studyInstanceUID');
    },
    // A newer Caliper in another tab is upgrading the database: let it, this tab's store closes.
    blocking() {
      db.close();
    },
  });
  const now = () => new Date().toISOString();

  return {
    async save(reading, opts = {}) {
      const valid = readingSchema.parse(reading);
      const tx = db.transaction(['readings', 'quarantine'], 'readwrite');
      // An aborted transaction (quota, a write that failed) rejects both the request and tx.done: the request's error is the one thrown.
      tx.done.catch(() => undefined);
      const existing = await tx.objectStore('readings').get(valid.studyInstanceUID);
      const stored = revisionOf(existing);
      if (opts.expectedRevision !== undefined && opts.expectedRevision !== stored) {
        const conflict = new ReadingConflictError(valid.studyInstanceUID, stored, opts.expectedRevision, typeof existing?.updatedAt === 'string' ? existing.updatedAt : '');
        const reason = { kind: 'conflict-copy' as const, message: conflict.message, storedRevision: stored, expectedRevision: opts.expectedRevision };
        await tx.objectStore('quarantine').add({ studyInstanceUID: valid.studyInstanceUID, reason, quarantinedAt: now(), record: valid });
        await tx.done;
        throw conflict;
      }
      if (existing !== undefined && opts.keepReplaced) {
        const reason = { kind: 'conflict-copy' as const, message: `revision ${stored}, replaced when the reader kept another tab's version`, storedRevision: stored, expectedRevision: stored };
        await tx.objectStore('quarantine').add({ studyInstanceUID: valid.studyInstanceUID, reason, quarantinedAt: now(), record: existing });
      } else if (existing !== undefined) {
        const parsed = parseReading(existing);
        if (!parsed.ok) {
          await tx.objectStore('quarantine').add({ studyInstanceUID: valid.studyInstanceUID, reason: parsed.problem, quarantinedAt: now(), record: existing });
        }
      }
      await tx.objectStore('readings').put(withRevision(valid, stored + 1));
      await tx.done;
      return stored + 1;
    },

    async load(studyInstanceUID) {
      const tx = db.transaction(['readings', 'quarantine'], 'readwrite');
      const raw = await tx.objectStore('readings').get(studyInstanceUID);
      if (raw === undefined) {
        await tx.done;
        return { problems: [] };
      }
      const parsed = parseReading(raw);
      if (!parsed.ok) {
        await tx.objectStore('quarantine').add({ studyInstanceUID, reason: parsed.problem, quarantinedAt: now(), record: raw });
        await tx.objectStore('readings').delete(studyInstanceUID);
        await tx.done;
        return { problems: [parsed.problem] };
      }
      const revision = revisionOf(raw);
      const warnings = parsed.warnings ?? [];
      // The original of a reading that lost a malformed part (its burden block) is kept aside before the next save overwrites it.
      for (const w of warnings) await tx.objectStore('quarantine').add({ studyInstanceUID, reason: w, quarantinedAt: now(), record: raw });
      if (warnings.length > 0 && parsed.migratedFrom === undefined) await tx.objectStore('readings').put(withRevision(parsed.reading, revision));
      if (parsed.migratedFrom !== undefined) {
        const reason = { kind: 'pre-migration-backup' as const, schemaVersion: parsed.migratedFrom, message: `original of a reading migrated from schemaVersion ${parsed.migratedFrom}` };
        await tx.objectStore('quarantine').add({ studyInstanceUID, reason, quarantinedAt: now(), record: raw });
        await tx.objectStore('readings').put(withRevision(parsed.reading, revision));
        await tx.done;
        return { reading: parsed.reading, problems: warnings, migratedFrom: parsed.migratedFrom, revision };
      }
      await tx.done;
      return { reading: parsed.reading, problems: warnings, revision };
    },

    async list() {
      const all = await db.getAll('readings');
      return all.map((r) => ({
        studyInstanceUID: String(r.studyInstanceUID),
        updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : '',
        lesionCount: Array.isArray(r.lesions) ? r.lesions.length : 0,
        schemaVersion: r.schemaVersion,
      }));
    },

    async remove(studyInstanceUID) {
      await db.delete('readings', studyInstanceUID);
    },

    quarantine: {
      async list() {
        return (await db.getAll('quarantine')) as QuarantinedRecord[];
      },
      async remove(id) {
        await db.delete('quarantine', id);
      },
    },

    close() {
      db.close();
    },
  };
}
