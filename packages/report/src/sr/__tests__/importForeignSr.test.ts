import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { importSr } from '../importSr';
import type { ImagePlane } from '../imagePlane';
import { foreignSr, foreignSrDataset, FOREIGN_SLICE, writeWithDcmjs } from '../../fixtures/foreignSr';
import { exportReading } from '../../exportReading';
import { syntheticContext, syntheticReading } from '../../fixtures/syntheticReading';

// Slice 3 of the synthetic CT: origin z = 100 + 3 × 2.5, 0.8 mm pixels, axial.
const plane: ImagePlane = { origin: patientPoint(-12.4, -9.6, 107.5), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], spacing: [0.8, 0.8] };
const planes = (sop: string) => (sop === FOREIGN_SLICE ? plane : undefined);

describe('importSr: another tool’s TID 1500', () => {
  const r = importSr(foreignSr(), { imagePlane: planes });
  if (!r.ok) throw new Error(r.error);
  const { lesions, skipped, notes } = r.value;
  const byName = (n: string) => lesions.find((l) => l.name === n)!;

  it('imports each measurement group as a lesion', () => {
    expect(lesions.map((l) => l.name)).toEqual([
      'Cornerstone3DTools@^0.1.0:Length', 'Cornerstone3DTools@^0.1.0:Bidirectional', 'Cornerstone3DTools@^0.1.0:PlanarFreehandROI', 'faulty', 'segment of a missing SEG',
    ]);
  });

  it('length: value, SRT finding site as location, 2D SCOORD placed in patient space', () => {
    const l = byName('Cornerstone3DTools@^0.1.0:Length');
    expect(l.measurements).toEqual([{ name: 'Length', value: 42.5, unit: 'mm' }]);
    expect(l.locationLabel).toBe('Liver');
    expect(l.trackingUid).toBe('2.25.1001');
    // (x,y) = (10,20) → -12.4 + 9.5×0.8 = -4.8, -9.6 + 19.5×0.8 = 6.0; (40,60) → 19.2, 38.0
    expect(l.geometry.kind).toBe('line');
    if (l.geometry.kind !== 'line') return;
    const [[ax, ay, az], [bx, by, bz]] = l.geometry.points;
    expect([ax, ay, az, bx, by, bz].map((v) => Number(v.toFixed(9)))).toEqual([-4.8, 6, 107.5, 19.2, 38, 107.5]);
    expect(l.geometry.sopInstanceUID).toBe(FOREIGN_SLICE);
  });

  it('bidirectional becomes RECIST geometry', () => {
    const l = byName('Cornerstone3DTools@^0.1.0:Bidirectional');
    expect(l.measurements.map((m) => [m.name, m.value])).toEqual([['Long axis', 30], ['Short axis', 20]]);
    expect(l.geometry.kind).toBe('recist');
  });

  it('retired SRT codes are understood; the unknown Perimeter concept is skipped with its reason', () => {
    const l = byName('Cornerstone3DTools@^0.1.0:PlanarFreehandROI');
    expect(l.measurements).toEqual([{ name: 'Area', value: 78.5, unit: 'mm2' }, { name: 'Mean', value: 35.25, unit: 'HU' }]);
    expect(skipped).toContainEqual({ path: expect.stringContaining('Measurement Group 3 > 3 NUM "Perimeter"'), reason: 'unknown measurement concept (G-A197, SRT, "Perimeter")' });
  });

  it('faulty group: unknown unit, missing value and unlisted image are skipped; cm3 converts to mL; missing UID noted', () => {
    const l = byName('faulty');
    expect(l.measurements).toEqual([{ name: 'Volume', value: 12.5, unit: 'mL' }]);
    expect(l.geometry).toEqual({ kind: 'none' });
    const g4 = skipped.filter((s) => s.path.startsWith('Measurement Group 4'));
    expect(g4.map((s) => s.reason)).toEqual([
      expect.stringContaining('unknown unit ([furlong_i], UCUM)'),
      expect.stringContaining('has no measured value'),
      'image 2.25.424242 is not listed in the SR evidence; its series is unknown',
    ]);
    expect(notes).toEqual([{ path: 'Measurement Group 4', reason: expect.stringMatching(/^no Tracking Unique Identifier; assigned 2\.25\.\d+$/) }]);
  });

  it('a segment of a SEG that is not loaded: values kept, reference reported', () => {
    const l = byName('segment of a missing SEG');
    expect(l.measurements).toEqual([{ name: 'Volume', value: 7, unit: 'mL' }]);
    expect(l.geometry).toEqual({ kind: 'none' });
    expect(skipped).toContainEqual({ path: 'Measurement Group 5', reason: 'referenced SEG 2.25.5555 is not loaded; segment geometry not imported' });
  });

  it('a stray item in Imaging Measurements is reported', () => {
    expect(skipped).toContainEqual({ path: expect.stringContaining('Imaging Measurements > TEXT "Comment"'), reason: 'not a measurement group' });
  });

  it('without image geometry, 2D coordinates are reported and the values still imported', () => {
    const r2 = importSr(foreignSr());
    if (!r2.ok) throw new Error(r2.error);
    const l = r2.value.lesions[0];
    expect(l.geometry).toEqual({ kind: 'none' });
    expect(l.measurements).toEqual([{ name: 'Length', value: 42.5, unit: 'mm' }]);
    expect(r2.value.skipped.some((s) => s.reason.startsWith('2D SCOORD'))).toBe(true);
  });
});

describe('importSr: inputs that are not TID 1500', () => {
  it('random bytes', () => {
    expect(importSr(new Uint8Array(300).fill(7))).toMatchObject({ ok: false, error: expect.stringContaining('not a readable DICOM') });
  });
  it('a SEG is not an SR', () => {
    const seg = exportReading(syntheticReading(), syntheticContext()).seg!;
    expect(importSr(seg)).toMatchObject({ ok: false, error: expect.stringContaining('not a structured report') });
  });
  it('an SR with another root template', () => {
    const ds = { ...foreignSrDataset(), ConceptNameCodeSequence: [{ CodeValue: '18748-4', CodingSchemeDesignator: 'LN', CodeMeaning: 'Diagnostic Imaging Report' }] };
    expect(importSr(writeWithDcmjs(ds))).toMatchObject({ ok: false, error: expect.stringContaining('not a TID 1500') });
  });
  it('truncated file', () => {
    const sr = exportReading(syntheticReading(), syntheticContext()).sr;
    const r = importSr(sr.slice(0, Math.floor(sr.length / 2)));
    expect(r.ok).toBe(false);
  });
});
