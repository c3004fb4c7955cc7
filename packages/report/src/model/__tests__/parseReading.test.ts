import { describe, expect, it } from 'vitest';
import { parseReading } from '../parseReading';
import type { Migration } from '../migration';
import { syntheticReading } from '../../fixtures/syntheticReading';

const STUDY = '1.2.3.4';
const v1Record = {
  schemaVersion: 1,
  studyInstanceUID: STUDY,
  lesions: [{
    id: '00000000-0000-4000-8000-000000000001', trackingUid: '2.25.1', name: 'L1', location: 'Liver', target: false, tool: 'RECIST',
    references: [], geometry: { kind: 'line', points: [[0, 0, 0], [3, 4, 0]] },
    measurements: { Length: { value: 5, unit: 'mm' }, Mean: { value: 40, unit: 'HU', method: 'arithmetic mean' } },
  }],
  segmentations: [],
  suvInputs: { '1.2.3.4.5': { weightKg: 70, doseBq: 3.5e8, injectionTime: '2026-01-01T10:00:00Z' } },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T01:00:00Z',
};

describe('parseReading', () => {
  it('accepts a current-version reading unchanged', () => {
    const r = syntheticReading();
    const p = parseReading(r);
    expect(p.ok).toBe(true);
    if (p.ok) {
      expect(p.migratedFrom).toBeUndefined();
      expect(p.reading).toEqual(r);
    }
  });

  it('migrates v1 (name-keyed measurements, target flag, suvInputs) through v2 to the current version', () => {
    const p = parseReading(v1Record);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.migratedFrom).toBe(1);
    expect(p.reading.schemaVersion).toBe(4);
    const l = p.reading.lesions[0];
    expect(l.role).toBe('non-target');
    expect(l.isLymphNode).toBe(false);
    expect(l.locationLabel).toBe('Liver');
    expect(l.measurements).toEqual([{ name: 'Length', value: 5, unit: 'mm' }, { name: 'Mean', value: 40, unit: 'HU', method: 'arithmetic mean' }]);
    expect(p.reading.suvCorrections).toEqual([{ seriesInstanceUID: '1.2.3.4.5', weightKg: 70, injectedDoseBq: 3.5e8, injectionDateTime: '2026-01-01T10:00:00Z' }]);
    expect('suvInputs' in p.reading).toBe(false);
  });

  it('reports a newer schema version instead of reading it', () => {
    const p = parseReading({ ...syntheticReading(), schemaVersion: 5 });
    expect(p).toMatchObject({ ok: false, problem: { kind: 'newer-version', schemaVersion: 5 } });
  });

  it('reports a corrupt record with the failing path', () => {
    const r = syntheticReading() as unknown as Record<string, unknown>;
    const bad = { ...r, lesions: [{ ...(r.lesions as object[])[0], measurements: [{ name: 'Long axis', value: 'twelve', unit: 'mm' }] }] };
    const p = parseReading(bad);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problem.kind).toBe('corrupt');
    expect(p.problem.issues?.some((i) => i.startsWith('lesions.0.measurements.0.value'))).toBe(true);
  });

  it('reports non-objects and missing versions as corrupt', () => {
    expect(parseReading(null)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(parseReading('{"schemaVersion":2}')).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(parseReading({ studyInstanceUID: STUDY })).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });

  it('reports a gap or a throwing step in the migration chain', () => {
    expect(parseReading(v1Record, { migrations: [] })).toMatchObject({ ok: false, problem: { kind: 'migration-failed', schemaVersion: 1 } });
    const broken: Migration = { from: 1, to: 2, migrate: () => { throw new Error('boom'); } };
    const p = parseReading(v1Record, { migrations: [broken] });
    expect(p).toMatchObject({ ok: false, problem: { kind: 'migration-failed' } });
    if (!p.ok) expect(p.problem.message).toContain('boom');
  });

  it('rejects a wrong unit and a non-UUID lesion id', () => {
    const r = syntheticReading();
    expect(parseReading({ ...r, lesions: [{ ...r.lesions[0], measurements: [{ name: 'x', value: 1, unit: 'cm' }] }] }).ok).toBe(false);
    expect(parseReading({ ...r, lesions: [{ ...r.lesions[0], id: 'lesion-1' }] }).ok).toBe(false);
  });
});
