import { describe, expect, it } from 'vitest';
import { readingSchema, uuidToUid } from '@caliper/report';
import { fromReading } from '../fromReading';
import { toReading } from '../toReading';
import { lesions, lookup, results, STUDY } from './fixtures';

const T1_UID = '2.25.123456789';

describe('longitudinal tracking survives save and reload (schema v3)', () => {
  it('keeps the shared Tracking UID, label, role new, status, organ, node, Deauville, viable diameter, reference region and grow parameters', () => {
    const ls = lesions();
    ls[0] = { ...ls[0], tracking: { uid: T1_UID, label: 'T1', role: 'target', organ: 'liver', nodal: false, status: 'too-small-to-measure', deauville: 4, viableLongMm: 12.5 } };
    ls[1] = { ...ls[1], tracking: { uid: '2.25.99', label: 'L7', role: 'new', nodal: false, status: 'present', increased: true } };
    ls[2] = { ...ls[2], tracking: { uid: '2.25.5', label: 'N1', role: 'target', organ: 'lymph node', nodal: true, status: 'measured' }, growParams: { seedMm: [1, 2, 3], lower: 10, upper: Number.POSITIVE_INFINITY } };
    ls[3] = { ...ls[3], referenceRegion: 'liver' };
    const { reading } = toReading({ studyInstanceUID: STUDY, lesions: ls, results: results(), series: lookup, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });
    expect(readingSchema.safeParse(reading).success).toBe(true);
    expect(reading.lesions[0]).toMatchObject({ trackingUid: T1_UID, trackingIdentifier: 'T1', role: 'target', organ: 'liver', status: 'too-small-to-measure', deauville: 4, isLymphNode: false });
    expect(reading.lesions[0].measurements.at(-1)).toMatchObject({ name: 'Viable long axis', value: 12.5, unit: 'mm' });
    expect(reading.lesions[1]).toMatchObject({ role: 'new', status: 'present', increased: true, trackingIdentifier: 'L7' });
    expect(reading.lesions[2]).toMatchObject({ isLymphNode: true, remeasure: { tool: 'grow', params: { seedX: 1, seedY: 2, seedZ: 3, lower: 10 } } });
    expect(reading.lesions[3]).toMatchObject({ referenceRegion: 'liver' });

    let v = 0;
    const back = fromReading(reading, lookup, () => ++v).lesions;
    const byName = (n: string) => back.find((l) => l.name === n)!;
    expect(byName('Liver 1').tracking).toEqual({ uid: T1_UID, label: 'T1', role: 'target', organ: 'liver', nodal: false, status: 'too-small-to-measure', deauville: 4, viableLongMm: 12.5 });
    expect(byName('Lung 1')).toMatchObject({ role: 'non-target', tracking: { role: 'new', status: 'present', increased: true, label: 'L7', uid: '2.25.99' } });
    expect(byName('Node 1').tracking).toMatchObject({ nodal: true, organ: 'lymph node' });
    expect(byName('Node 1').growParams).toEqual({ seedMm: [1, 2, 3], lower: 10, upper: Number.POSITIVE_INFINITY });
    expect(byName('PET 1').referenceRegion).toBe('liver');
  });

  it('a lesion without tracking keeps the Tracking UID derived from its id (as before v3)', () => {
    const { reading } = toReading({ studyInstanceUID: STUDY, lesions: lesions(), results: results(), series: lookup, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });
    expect(reading.lesions[0].trackingUid).toBe(uuidToUid(reading.lesions[0].id));
    expect(reading.lesions[0].status).toBeUndefined();
  });
});
