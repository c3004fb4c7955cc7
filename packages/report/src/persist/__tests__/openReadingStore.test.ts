import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openReadingStore } from '../openReadingStore';
import type { ReadingStore } from '../openReadingStore';
import { STUDY_UID, syntheticReading } from '../../fixtures/syntheticReading';
import { CURRENT_SCHEMA_VERSION } from '../../model/schema';

let n = 0;
const stores: ReadingStore[] = [];
async function fresh(): Promise<{ store: ReadingStore; dbName: string }> {
  const dbName = `caliper-test-${n++}`;
  const store = await openReadingStore({ dbName });
  stores.push(store);
  return { store, dbName };
}
afterEach(() => { for (const s of stores.splice(0)) s.close(); });

/** Write a raw record past validation, as a crash, an old build or a newer build would have. */
async function putRaw(dbName: string, record: unknown): Promise<void> {
  const db = await openDB(dbName);
  await db.put('readings', record);
  db.close();
}

describe('openReadingStore (IndexedDB)', () => {
  it('restores a saved reading exactly, labelmap runs included', async () => {
    const { store } = await fresh();
    const r = syntheticReading();
    await store.save(r);
    const back = await store.load(STUDY_UID);
    expect(back.problems).toEqual([]);
    expect(back.reading).toEqual(r);
    expect(back.reading!.segmentations[0].labelmap.runs).toBeInstanceOf(Uint32Array);
    expect(await store.list()).toEqual([{ studyInstanceUID: STUDY_UID, updatedAt: r.updatedAt, lesionCount: 6, schemaVersion: CURRENT_SCHEMA_VERSION }]);
  });

  it('load of an unknown study is empty, not an error', async () => {
    const { store } = await fresh();
    expect(await store.load('1.2.3')).toEqual({ problems: [] });
  });

  it('refuses to save an invalid reading', async () => {
    const { store } = await fresh();
    await expect(store.save({ ...syntheticReading(), studyInstanceUID: 'not a uid' })).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('moves a corrupt record to quarantine, reports it and keeps it byte for byte', async () => {
    const { store, dbName } = await fresh();
    const corrupt = { studyInstanceUID: STUDY_UID, schemaVersion: 2, lesions: 'garbage' };
    await putRaw(dbName, corrupt);
    const res = await store.load(STUDY_UID);
    expect(res.reading).toBeUndefined();
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0].kind).toBe('corrupt');
    const q = await store.quarantine.list();
    expect(q).toHaveLength(1);
    expect(q[0].record).toEqual(corrupt);
    expect(q[0].studyInstanceUID).toBe(STUDY_UID);
    expect(await store.list()).toEqual([]);
    // A new reading can now be saved without touching the quarantined one.
    await store.save(syntheticReading());
    expect((await store.quarantine.list())[0].record).toEqual(corrupt);
  });

  it('a newer-version record is never overwritten: saving over it quarantines it first', async () => {
    const { store, dbName } = await fresh();
    const newer = { ...syntheticReading(), schemaVersion: 99, futureField: [1, 2, 3] };
    await putRaw(dbName, newer);
    await store.save(syntheticReading());
    const q = await store.quarantine.list();
    expect(q).toHaveLength(1);
    expect(q[0].reason.kind).toBe('newer-version');
    expect(q[0].record).toEqual(newer);
    expect((await store.load(STUDY_UID)).reading).toEqual(syntheticReading());
  });

  it('migrates an old record on load, stores the migrated one and keeps the original aside', async () => {
    const { store, dbName } = await fresh();
    const v1 = {
      schemaVersion: 1, studyInstanceUID: STUDY_UID, segmentations: [], suvInputs: {},
      lesions: [{ id: '00000000-0000-4000-8000-000000000009', trackingUid: '2.25.9', name: 'Old', target: true, tool: 'Length', references: [], geometry: { kind: 'line', points: [[0, 0, 0], [0, 0, 7]] }, measurements: { Length: { value: 7, unit: 'mm' } } }],
      createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
    };
    await putRaw(dbName, v1);
    const res = await store.load(STUDY_UID);
    expect(res.migratedFrom).toBe(1);
    expect(res.reading?.lesions[0].measurements).toEqual([{ name: 'Length', value: 7, unit: 'mm' }]);
    const q = await store.quarantine.list();
    expect(q.map((x) => x.reason.kind)).toEqual(['pre-migration-backup']);
    expect(q[0].record).toEqual(v1);
    const again = await store.load(STUDY_UID);
    expect(again.migratedFrom).toBeUndefined();
    expect(again.reading).toEqual(res.reading);
  });

  it('removes readings and quarantined records on request', async () => {
    const { store, dbName } = await fresh();
    await putRaw(dbName, { studyInstanceUID: STUDY_UID, schemaVersion: 'x' });
    await store.load(STUDY_UID);
    const [q] = await store.quarantine.list();
    await store.quarantine.remove(q.id);
    expect(await store.quarantine.list()).toEqual([]);
    await store.save(syntheticReading());
    await store.remove(STUDY_UID);
    expect(await store.list()).toEqual([]);
  });
});

describe('autosave into the store', () => {
  it('debounced saves land in IndexedDB and restore exactly', async () => {
    const { createAutosave } = await import('../createAutosave');
    const { store } = await fresh();
    const a = createAutosave((r) => store.save(r), { delayMs: 5 });
    const r = syntheticReading();
    a.schedule({ ...r, updatedAt: '2026-11-27T13:31:00.000Z' });
    a.schedule({ ...r, updatedAt: '2026-11-27T13:32:00.000Z' });
    await new Promise((res) => setTimeout(res, 30));
    await a.flush();
    expect((await store.load(STUDY_UID)).reading).toEqual({ ...r, updatedAt: '2026-11-27T13:32:00.000Z' });
  });
});
