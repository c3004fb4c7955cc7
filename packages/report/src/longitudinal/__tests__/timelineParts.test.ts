import { describe, expect, it } from 'vitest';
import type { Lesion } from '../../model/schema';
import type { TimepointSource } from '../timepointSource';
import { toTimelineLesion } from '../toTimelineLesion';
import { trackLesions } from '../trackLesions';
import { checkOnePatient } from '../checkOnePatient';

const lesion = (patch: Partial<Lesion>): Lesion => ({
  id: '00000000-0000-4000-8000-000000000001', trackingUid: '2.25.1', name: 'L', role: 'target', isLymphNode: false, tool: 'grow',
  references: [], geometry: { kind: 'none' }, measurements: [], ...patch,
});
const tp = (label: string, lesions: Lesion[], patch: Partial<TimepointSource> = {}): TimepointSource => ({
  label, patientId: 'P1', studyInstanceUID: `2.25.${label.length}`, studyDate: '2026-01-01', savedAt: '', excludedStudyInstanceUIDs: [], lesions, ...patch,
});

describe('toTimelineLesion', () => {
  it('maps canonical measurement names and units; volume in mm3 becomes mL; status defaults to measured', () => {
    const l = lesion({ measurements: [
      { name: 'Viable long axis', value: 14, unit: 'mm' }, { name: 'Volume', value: 2500, unit: 'mm3' },
      { name: 'Mean', value: 40, unit: 'SUVbw' }, { name: 'SUVmax', value: 3.1, unit: 'SUL' },
    ] });
    // Mean in SUVbw is no HU density and SUVmax in SUL is no SUVbw: both left out.
    expect(toTimelineLesion('T1', l)).toEqual({ id: 'T1', role: 'target', nodal: false, status: 'measured', viableLongMm: 14, volumeMl: 2.5 });
  });

  it('a single Length is the long axis; Long axis wins when both are stored', () => {
    expect(toTimelineLesion('a', lesion({ measurements: [{ name: 'Length', value: 9, unit: 'mm' }] })).longMm).toBe(9);
    expect(toTimelineLesion('a', lesion({ measurements: [{ name: 'Length', value: 9, unit: 'mm' }, { name: 'Long axis', value: 11, unit: 'mm' }] })).longMm).toBe(11);
  });
});

describe('trackLesions', () => {
  it('joins by tracking UID, falls back to the tracking identifier, and keeps ids unique', () => {
    const a = tp('a', [lesion({ trackingUid: '2.25.1', trackingIdentifier: 'T1' }), lesion({ trackingUid: '2.25.2', name: 'T1' })]);
    const b = tp('bb', [lesion({ trackingUid: '2.25.9', trackingIdentifier: 'T1' }), lesion({ trackingUid: '2.25.2', name: 'renamed' })]);
    const r = trackLesions([a, b]);
    expect(r).toEqual({ ok: true, value: [['T1', 'T1 (2)'], ['T1', 'T1 (2)']] });
  });

  it('refuses two lesions of one timepoint with one tracking UID, naming the reading', () => {
    expect(trackLesions([tp('tp1.dcm', [lesion({}), lesion({ name: 'M' })])])).toEqual({ ok: false, error: 'tp1.dcm: two lesions ("L", "M") share the Tracking Unique Identifier 2.25.1' });
    const twice = trackLesions([tp('a', [lesion({})]), tp('tp2.dcm', [lesion({ name: 'X' }), lesion({ name: 'Y' })])]);
    expect(twice).toEqual({ ok: false, error: 'tp2.dcm: two lesions ("X", "Y") share the Tracking Unique Identifier 2.25.1' });
  });
});

describe('checkOnePatient', () => {
  it('a reading without issuer matches on PatientID; two issuers do not', () => {
    expect(checkOnePatient([tp('a', []), tp('b', [], { issuer: 'H1' }), tp('c', [], { issuer: 'H1' })])).toBeUndefined();
    expect(checkOnePatient([tp('a', []), tp('b', [], { issuer: 'H1' }), tp('c', [], { issuer: 'H2' })]))
      .toBe(`c: patient "P1" (issuer "H2") is not patient "P1" (issuer "H1") of b; a timeline is one patient's`);
  });
});
