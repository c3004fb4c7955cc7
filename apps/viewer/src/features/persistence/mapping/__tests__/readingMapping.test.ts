import { describe, expect, it } from 'vitest';
import { readingSchema } from '@caliper/report';
import { fromReading, parseTool, segmentTool } from '../fromReading';
import { stableUuid } from '../stableUuid';
import { segmentationIdOf, toReading } from '../toReading';
import { CT, ELLIPSE_ID, lesions, lookup, PT, RECIST_ID, results, STUDY } from './fixtures';

const build = () => toReading({ studyInstanceUID: STUDY, lesions: lesions(), results: results(), series: lookup, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });

describe('toReading', () => {
  it('gives a schema-valid reading with one lesion per measure lesion', () => {
    const { reading, skipped } = build();
    expect(readingSchema.safeParse(reading).success).toBe(true);
    expect(skipped).toEqual([]);
    expect(reading.lesions.map((l) => l.name)).toEqual(['Liver 1', 'Lung 1', 'Node 1', 'PET 1']);
  });

  it('maps RECIST lines to recist geometry on the slice they lie on, with both axes in mm', () => {
    const l = build().reading.lesions[0];
    expect(l.id).toBe(RECIST_ID);
    expect(l.geometry).toEqual({ kind: 'recist', longAxis: [[-1, 0, 14], [2, 0, 14]], shortAxis: [[0.5, -1, 14], [0.5, 1, 14]], sopInstanceUID: `${CT}.3` });
    expect(l.references).toEqual([{ seriesInstanceUID: CT, sopClassUID: '1.2.840.10008.5.1.4.1.1.2', frameOfReferenceUID: '2.25.777.9', sopInstanceUIDs: [`${CT}.3`] }]);
    expect(l.measurements).toEqual([{ name: 'Long axis', value: 3, unit: 'mm', method: 'RECIST 1.1' }, { name: 'Short axis', value: 2, unit: 'mm', method: 'RECIST 1.1' }]);
  });

  it('orders ellipse points major axis first and drops stale results', () => {
    const l = build().reading.lesions[1];
    // axisB (1.5 mm) is longer than axisA (1 mm): B's end points come first.
    expect(l.geometry).toEqual({ kind: 'ellipse', points: [[-1.5, 0, 12], [1.5, 0, 12], [0, -1, 12], [0, 1, 12]], sopInstanceUID: `${CT}.2` });
    expect(l.measurements).toEqual([]);
  });

  it('puts a mask in a labelmap segment linked to its lesion, with a stable UUID id', () => {
    const { reading } = build();
    const l = reading.lesions[2];
    expect(l.id).toBe(stableUuid('grow-17'));
    expect(l.geometry).toEqual({ kind: 'segment', segmentationId: segmentationIdOf(CT), segmentNumber: 1 });
    expect(reading.segmentations).toHaveLength(1);
    const seg = reading.segmentations[0];
    expect(seg.segments[0]).toMatchObject({ number: 1, label: 'Node 1', lesionId: l.id, algorithmType: 'SEMIAUTOMATIC' });
    // 240 voxels, 7 labelled: runs start with 8*6 + 8*1 + 2 = 58 zeros, then (1,2).
    expect(Array.from(seg.labelmap.runs.slice(0, 4))).toEqual([0, 58, 1, 2]);
    expect(l.measurements).toContainEqual({ name: 'Volume', value: 0.0035, unit: 'mL', method: 'voxel count × voxel volume' });
    expect(l.measurements).toContainEqual({ name: 'Voxel count', value: 7, unit: 'count' });
  });

  it('keeps a PET threshold ROI as its sphere section, mode in the tool, PET values first then CT', () => {
    const l = build().reading.lesions[3];
    expect(l.tool).toBe('petThreshold {"kind":"percentOfMax","percent":41}');
    expect(l.geometry).toMatchObject({ kind: 'ellipse', points: [[0, 1.25, 14], [0, -1.25, 14], [-1.25, 0, 14], [1.25, 0, 14]] });
    const names = l.measurements.map((m) => `${m.name} ${m.value} ${m.unit}`);
    expect(names).toEqual(['Volume 0.0015 mL', 'SUVmax 6 SUVbw', 'SUVmean 5 SUVbw', 'SUVpeak 5.5 SUVbw', 'MTV 0.0015 mL', 'TLG 0.0075 SUVbw·mL', 'SUVSD 1 SUVbw', 'SUVmin 4 SUVbw', 'Voxel count 3 count', 'Mean 30 HU', 'SD 3 HU', 'Min 26 HU', 'Max 33 HU']);
    expect(l.references.map((r) => r.seriesInstanceUID)).toEqual([PT, CT]);
  });
});

describe('fromReading', () => {
  let v = 100;
  const back = () => fromReading(build().reading, lookup, () => ++v);

  it('restores every lesion with the same shape and a drawing for planar ones', () => {
    const { lesions: got, skipped } = back();
    expect(skipped).toEqual([]);
    const orig = lesions();
    expect(got.map((l) => l.tool)).toEqual(['bidirectional', 'ellipse', 'grow', 'petThreshold']);
    expect(got[0].shape).toEqual(orig[0].shape);
    expect(got[0].annotation).toMatchObject({ annotationUID: RECIST_ID, metadata: { toolName: 'Bidirectional', referencedImageId: `wadouri:mem/${CT}/2`, viewPlaneNormal: [-0, -0, -1] } });
    expect((got[0].annotation!.data as { handles: { points: number[][] } }).handles.points).toEqual([[-1, 0, 14], [2, 0, 14], [0.5, -1, 14], [0.5, 1, 14]]);
    // Ellipse: same ellipse (axes may swap order), normal the view normal.
    const e = got[1].shape;
    expect(e.kind === 'ellipse' && { c: [...e.center], a: [...e.axisA], b: [...e.axisB], n: e.normal }).toEqual({ c: [0, 0, 12], a: [1.5, 0, 12], b: [0, 1, 12], n: [-0, -0, -1] });
    expect(got[1].id).toBe(ELLIPSE_ID);
  });

  it('brush and scissors lesions come back as brush and scissors (not grow), drawn as MANUAL segments', () => {
    for (const tool of ['brush', 'scissors'] as const) {
      const withTool = lesions().map((l) => (l.id === 'grow-17' ? { ...l, tool } : l));
      const { reading } = toReading({ studyInstanceUID: STUDY, lesions: withTool, results: results(), series: lookup, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });
      expect(reading.segmentations[0].segments[0]).toMatchObject({ algorithmType: 'MANUAL' });
      const got = fromReading(reading, lookup, () => ++v).lesions;
      expect(got.map((l) => l.tool)).toEqual(['bidirectional', 'ellipse', tool, 'petThreshold']);
      // Painted: its RECIST may lie in its own plane (measureShape → sheetRecist), as when it was drawn.
      expect(got[2].shape).toEqual({ ...lesions()[2].shape, painted: true });
    }
  });

  it('a segment saved by another program (unknown tool) is a grown region', () => {
    expect(segmentTool('Grow')).toBe('grow');
    expect(segmentTool('imported SR')).toBe('grow');
    expect(segmentTool('ellipse')).toBe('grow');
    expect(segmentTool('brush')).toBe('brush');
  });

  it('restores the mask voxel for voxel and the PET threshold sphere with its mode', () => {
    const { lesions: got } = back();
    expect(got[2].shape).toEqual(lesions()[2].shape);
    expect(got[2].seriesUIDs).toEqual([CT]);
    expect(got[3].shape).toEqual(lesions()[3].shape);
    expect(got[3].annotation?.metadata).toMatchObject({ toolName: 'CaliperSphereROI' });
  });

  it('skips lesions whose series is not loaded, with the reason', () => {
    const { lesions: got, skipped } = fromReading(build().reading, (u) => (u === PT ? lookup(u) : undefined), () => 1);
    expect(got.map((l) => l.name)).toEqual(['PET 1']);
    expect(skipped.map((s) => s.lesion)).toEqual(['Liver 1', 'Lung 1', 'Node 1']);
    expect(skipped[2].reason).toMatch(/not loaded/);
  });

  it('parses tool strings', () => {
    expect(parseTool('spline')).toEqual({ kind: 'spline' });
    expect(parseTool('RECIST')).toEqual({ kind: null });
    expect(parseTool('petThreshold {"kind":"absolute","suv":2.5}')).toEqual({ kind: 'petThreshold', mode: { kind: 'absolute', suv: 2.5 } });
  });
});

describe('stableUuid', () => {
  it('keeps UUIDs and hashes other ids into a valid, repeatable v4-shaped UUID', () => {
    expect(stableUuid(RECIST_ID)).toBe(RECIST_ID);
    const u = stableUuid('auto-recist-abc-1');
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('auto-recist-abc-1')).toBe(u);
    expect(stableUuid('auto-recist-abc-2')).not.toBe(u);
  });
});
