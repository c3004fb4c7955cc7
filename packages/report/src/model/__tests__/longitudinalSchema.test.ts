import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseReading } from '../parseReading';
import { longitudinalReading } from '../../fixtures/longitudinalReadings';
import { syntheticReading } from '../../fixtures/syntheticReading';
import { openReadingStore } from '../../persist/openReadingStore';

const withLesion = (patch: Record<string, unknown>) => {
  const r = longitudinalReading(2);
  return { ...r, lesions: [{ ...r.lesions[0], ...patch }, ...r.lesions.slice(1)] };
};
const withLongitudinal = (patch: Record<string, unknown>) => {
  const r = longitudinalReading(1);
  return { ...r, longitudinal: { ...r.longitudinal, ...patch } };
};
const issuesOf = (raw: unknown): readonly string[] => {
  const p = parseReading(raw);
  return p.ok ? [] : p.problem.issues ?? [p.problem.message];
};

describe('reading schema v3 (longitudinal)', () => {
  it('a v2 reading migrates to v3 unchanged but for its version; its lesions have no status (read as measured)', () => {
    const v3 = syntheticReading();
    const p = parseReading({ ...v3, schemaVersion: 2 });
    expect(p).toMatchObject({ ok: true, migratedFrom: 2 });
    if (!p.ok) return;
    expect(p.reading).toEqual(v3);
    expect(p.reading.lesions.every((l) => l.status === undefined && l.trackingIdentifier === undefined)).toBe(true);
  });

  for (const t of [0, 1, 2]) {
    it(`timepoint ${t + 1}: every longitudinal field survives validation and a JSON round trip`, () => {
      const r = longitudinalReading(t);
      const p = parseReading(JSON.parse(JSON.stringify(r)));
      expect(p).toEqual({ ok: true, reading: r });
    });
  }

  it('the IndexedDB autosave restores a longitudinal reading exactly', async () => {
    const store = await openReadingStore({ dbName: 'caliper-longitudinal-test' });
    const r = longitudinalReading(2);
    await store.save(r);
    const back = await store.load(r.studyInstanceUID);
    store.close();
    expect(back.problems).toEqual([]);
    expect(back.reading).toEqual(r);
  });

  it('refuses out-of-range and unknown values, naming the field', () => {
    expect(issuesOf(withLesion({ deauville: 6 }))[0]).toMatch(/^lesions\.0\.deauville/);
    expect(issuesOf(withLesion({ status: 'gone' }))[0]).toMatch(/^lesions\.0\.status/);
    expect(issuesOf(withLesion({ role: 'index' }))[0]).toMatch(/^lesions\.0\.role/);
    expect(issuesOf(withLesion({ remeasure: { tool: 'grow', params: { seeds: [1, 2] } } }))[0]).toMatch(/^lesions\.0\.remeasure\.params\.seeds/);
    expect(issuesOf(withLongitudinal({ studyDate: '2026-02-30' }))[0]).toMatch(/^longitudinal\.studyDate/);
    expect(issuesOf(withLongitudinal({ criteria: 'who' }))[0]).toMatch(/^longitudinal\.criteria/);
    expect(issuesOf(withLongitudinal({ alignment: { ...longitudinalReading(1).longitudinal!.alignment, rotation: [1, 0, 0] } }))[0]).toMatch(/^longitudinal\.alignment\.rotation/);
    expect(issuesOf(withLongitudinal({ responses: [{ criteria: 'recist1.1', response: 'PR', reasons: [], assessedAt: 'yesterday' }] }))[0]).toMatch(/^longitudinal\.responses\.0\.assessedAt/);
  });
});
