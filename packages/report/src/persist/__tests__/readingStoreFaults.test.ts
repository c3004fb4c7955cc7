import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openReadingStore, ReadingConflictError } from '../openReadingStore';
import type { ReadingStore } from '../openReadingStore';
import { STUDY_UID, syntheticReading } from '../../fixtures/syntheticReading';

// Faults of issue 16: two tabs writing the same reading (no lost update) and a tab killed in the
// middle of a save (the last committed version restores). Two ReadingStore objects on one database
// are two tabs: IndexedDB serialises their readwrite transactions.
let n = 0;
const open: ReadingStore[] = [];
async function tabs(count: number): Promise<{ dbName: string; tabs: ReadingStore[] }> {
  const dbName = `caliper-faults-${n++}`;
  const t: ReadingStore[] = [];
  for (let i = 0; i < count; i++) t.push(await openReadingStore({ dbName }));
  open.push(...t);
  return { dbName, tabs: t };
}
afterEach(() => { for (const s of open.splice(0)) s.close(); });

const named = (name: string, at: string) => {
  const r = syntheticReading();
  return { ...r, updatedAt: at, lesions: r.lesions.map((l, i) => (i === 0 ? { ...l, name } : l)) };
};

describe('reading store: two tabs', () => {
  it('revisions count saves; a stale tab is refused, its version kept aside, and the other tab\'s version is what loads', async () => {
    const { tabs: [a, b] } = await tabs(2);
    // Both tabs open the study before anything is saved: revision 0.
    expect((await a.load(STUDY_UID)).revision).toBeUndefined();
    expect(await a.save(named('from A', '2026-12-07T10:00:00.000Z'), { expectedRevision: 0 })).toBe(1);
    expect(await a.save(named('from A again', '2026-12-07T10:01:00.000Z'), { expectedRevision: 1 })).toBe(2);
    // Tab B still holds revision 0: its save must not overwrite A's two saves.
    const err = await b.save(named('from B', '2026-12-07T10:02:00.000Z'), { expectedRevision: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadingConflictError);
    expect((err as ReadingConflictError).storedRevision).toBe(2);
    expect((err as ReadingConflictError).message).toBe('this reading was changed in another tab or window (saved 2026-12-07T10:01:00.000Z, revision 2; this tab has revision 0)');
    const stored = await b.load(STUDY_UID);
    expect(stored.revision).toBe(2);
    expect(stored.reading!.lesions[0].name).toBe('from A again');
    // B's refused version is not lost: it is in the quarantine, whole.
    const q = await b.quarantine.list();
    expect(q).toHaveLength(1);
    expect(q[0].reason).toMatchObject({ kind: 'conflict-copy', storedRevision: 2, expectedRevision: 0 });
    expect((q[0].record as { lesions: { name: string }[] }).lesions[0].name).toBe('from B');
    // B, having reloaded (revision 2), saves on top: revision 3.
    expect(await b.save(named('from B after reload', '2026-12-07T10:03:00.000Z'), { expectedRevision: stored.revision })).toBe(3);
    expect((await a.load(STUDY_UID)).reading!.lesions[0].name).toBe('from B after reload');
  });

  it('a reader who keeps this tab\'s version over the other\'s: the replaced version is kept aside too', async () => {
    const { tabs: [a, b] } = await tabs(2);
    await a.save(named('A', '2026-12-07T11:00:00.000Z'), { expectedRevision: 0 });
    await expect(b.save(named('B', '2026-12-07T11:01:00.000Z'), { expectedRevision: 0 })).rejects.toBeInstanceOf(ReadingConflictError);
    // "Keep mine": B saves over revision 1, keeping A's version aside.
    expect(await b.save(named('B', '2026-12-07T11:02:00.000Z'), { expectedRevision: 1, keepReplaced: true })).toBe(2);
    const q = await a.quarantine.list();
    expect(q.map((x) => [(x.record as { lesions: { name: string }[] }).lesions[0].name, x.reason.message])).toEqual([
      ['B', 'this reading was changed in another tab or window (saved 2026-12-07T11:00:00.000Z, revision 1; this tab has revision 0)'],
      ['A', "revision 1, replaced when the reader kept another tab's version"],
    ]);
    expect((await a.load(STUDY_UID)).reading!.lesions[0].name).toBe('B');
  });

  it('100 interleaved saves from two tabs: every save either lands or is kept as a conflict copy (0 lost)', async () => {
    const { tabs: [a, b] } = await tabs(2);
    const rev = [0, 0];
    let landed = 0;
    let kept = 0;
    for (let i = 0; i < 100; i++) {
      const t = i % 3 === 0 ? 1 : 0; // B writes every third time, from whatever revision it last knew
      const store = t === 0 ? a : b;
      try {
        rev[t] = await store.save(named(`save ${i}`, new Date(Date.UTC(2026, 11, 7, 10, 0, i)).toISOString()), { expectedRevision: rev[t] });
        landed++;
      } catch (e) {
        expect(e).toBeInstanceOf(ReadingConflictError);
        kept++;
        rev[t] = (await store.load(STUDY_UID)).revision ?? 0; // the reader reloads the other tab's version
      }
    }
    const names = new Set([...(await a.quarantine.list()).map((q) => (q.record as { lesions: { name: string }[] }).lesions[0].name)]);
    expect(landed + kept).toBe(100);
    expect(names.size).toBe(kept);
    expect((await a.load(STUDY_UID)).revision).toBe(landed);
  });
});

describe('reading store: a tab killed while saving', () => {
  it('a save whose transaction is aborted after its writes (the tab died before commit) leaves the last committed reading, whole', async () => {
    const { dbName, tabs: [a] } = await tabs(1);
    const committed = named('committed', '2026-12-07T09:00:00.000Z');
    await a.save(committed);
    // The record in the way is unreadable, so this save also writes to the quarantine: both writes must roll back.
    const db = await openDB(dbName);
    const raw = await db.get('readings', STUDY_UID);
    await db.put('readings', { ...raw, lesions: 'torn' });
    db.close();
    const put = IDBObjectStore.prototype.put;
    let aborted = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = put.apply(this, args);
      // The page goes away after the write was issued, before the transaction commits.
      this.transaction.abort();
      aborted++;
      return req;
    };
    try {
      await expect(a.save(named('half-written', '2026-12-07T09:05:00.000Z'))).rejects.toThrow();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(aborted).toBe(1);
    const db2 = await openDB(dbName);
    expect((await db2.get('readings', STUDY_UID))?.lesions).toBe('torn');
    expect(await db2.getAll('quarantine')).toEqual([]);
    db2.close();
  });

  it('an aborted save over a good reading restores the good reading exactly', async () => {
    const { tabs: [a] } = await tabs(1);
    const committed = named('committed', '2026-12-07T09:00:00.000Z');
    expect(await a.save(committed)).toBe(1);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = put.apply(this, args);
      this.transaction.abort();
      return req;
    };
    try {
      await expect(a.save(named('half-written', '2026-12-07T09:05:00.000Z'))).rejects.toThrow();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const back = await a.load(STUDY_UID);
    expect(back.reading).toEqual(committed);
    expect(back.revision).toBe(1);
  });
});
