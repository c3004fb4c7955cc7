import { describe, expect, it } from 'vitest';
import { exportReading, importReading } from '@caliper/report';
import { fromReading } from '../fromReading';
import { toReading } from '../toReading';
import { lesions, lookup, results, STUDY } from './fixtures';

/** Measure lesions → Reading → SR + SEG bytes → Reading → measure lesions: same shapes, same values. */
describe('DICOM SR/SEG round trip of the measure feature lesions', () => {
  const { reading } = toReading({ studyInstanceUID: STUDY, lesions: lesions(), results: results(), series: lookup, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });
  const ctx = { patient: { name: 'Test^Patient', id: 'P1' }, study: { studyInstanceUID: STUDY }, now: new Date(Date.UTC(2026, 10, 27, 12)) };
  const exported = exportReading(reading, ctx);
  const target = (uid: string) => {
    const i = lookup(uid);
    return i ? { grid: i.grid, sliceSopInstanceUIDs: i.sopInstanceUIDs } : undefined;
  };
  const imported = importReading({ sr: exported.sr, segs: exported.segs.map((s) => s.bytes) }, { target, studyInstanceUID: STUDY });

  it('exports one SR and one SEG and imports them without skipping anything', () => {
    expect(exported.seg).toBeInstanceOf(Uint8Array);
    expect(exported.segs).toHaveLength(1);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.value.skipped).toEqual([]);
    expect(imported.value.reading.lesions.map((l) => l.id)).toEqual(reading.lesions.map((l) => l.id));
  });

  it('gives back every stored value exactly (name, value, unit)', () => {
    if (!imported.ok) throw new Error(imported.error);
    for (const [x, l] of reading.lesions.entries()) {
      const got = imported.value.reading.lesions[x].measurements.map((m) => [m.name, m.value, m.unit]);
      expect(got).toEqual(l.measurements.map((m) => [m.name, m.value, m.unit]));
    }
  });

  it('restores the shapes (coordinates at float32 precision) and the mask voxel for voxel', () => {
    if (!imported.ok) throw new Error(imported.error);
    const back = fromReading(imported.value.reading, lookup, () => 1);
    expect(back.skipped).toEqual([]);
    const orig = lesions();
    expect(back.lesions.map((l) => l.tool)).toEqual(orig.map((l) => l.tool));
    const r = back.lesions[0].shape;
    expect(r.kind).toBe('lines');
    if (r.kind === 'lines' && orig[0].shape.kind === 'lines')
      r.segments.flat().forEach((p, i) => [0, 1, 2].forEach((d) => expect(p[d]).toBeCloseTo(orig[0].shape.kind === 'lines' ? orig[0].shape.segments.flat()[i][d] : NaN, 5)));
    expect(back.lesions[2].shape).toEqual(orig[2].shape);
    const s = back.lesions[3].shape;
    expect(s.kind === 'petThreshold' && s.within.kind === 'sphere' ? s.within.radiusMm : null).toBeCloseTo(1.25, 5);
    expect(s.kind === 'petThreshold' ? s.mode : null).toEqual({ kind: 'percentOfMax', percent: 41 });
  });
});
