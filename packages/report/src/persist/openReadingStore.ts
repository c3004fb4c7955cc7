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
  readonly reason: ReadingProblem | { readonly kind: 'pre-migration-backup'; readonly message: string; readonly schemaVersion: number };
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
}

export interface ReadingStore {
  /** Validate and store (replace) the reading of its study. An unreadable record in the way is quarantined first. */
  save(reading: Reading): Promise<void>;
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
    async save(reading) {
      const valid = readingSchema.parse(reading);
      const tx = db.transaction(['readings', 'quarantine'], 'readwrite');
      const existing = await tx.objectStore('readings').get(valid.studyInstanceUID);
      if (existing !== undefined) {
        const parsed = parseReading(existing);
        if (!parsed.ok) {
          await tx.objectStore('quarantine').add({ studyInstanceUID: valid.studyInstanceUID, reason: parsed.problem, quarantinedAt: now(), record: existing });
        }
      }
      await tx.objectStore('readings').put(valid as unknown as Record<string, unknown>);
      await tx.done;
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
      const warnings = parsed.warnings ?? [];
      // The original of a reading that lost a malformed part (its burden block) is kept aside before the next save overwrites it.
      for (const w of warnings) await tx.objectStore('quarantine').add({ studyInstanceUID, reason: w, quarantinedAt: now(), record: raw });
      if (warnings.length > 0 && parsed.migratedFrom === undefined) await tx.objectStore('readings').put(parsed.reading as unknown as Record<string, unknown>);
      if (parsed.migratedFrom !== undefined) {
        const reason = { kind: 'pre-migration-backup' as const, schemaVersion: parsed.migratedFrom, message: `original of a reading migrated from schemaVersion ${parsed.migratedFrom}` };
        await tx.objectStore('quarantine').add({ studyInstanceUID, reason, quarantinedAt: now(), record: raw });
        await tx.objectStore('readings').put(parsed.reading as unknown as Record<string, unknown>);
        await tx.done;
        return { reading: parsed.reading, problems: warnings, migratedFrom: parsed.migratedFrom };
      }
      await tx.done;
      return { reading: parsed.reading, problems: warnings };
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
