import { describe, expect, it } from 'vitest';
import { lesionIdOfUid } from '../dicom/lesionIdOfUid';
import { uuidToUid } from '../dicom/uid';
import { foreignSr, foreignSrDataset, writeWithDcmjs } from '../fixtures/foreignSr';
import { importReading } from '../importReading';

const noGrid = { target: () => undefined };
const RFC_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The foreign fixture with the tracking UID of its first group replaced. */
function withFirstTrackingUid(uid: string): Uint8Array {
  const ds = foreignSrDataset();
  const groups = (ds.ContentSequence as { ContentSequence: { ContentSequence: { ValueType: string; UID?: string }[] }[] }[])[1].ContentSequence;
  const item = groups[0].ContentSequence.find((c) => c.ValueType === 'UIDREF')!;
  item.UID = uid;
  return writeWithDcmjs(ds);
}

describe('lesionIdOfUid', () => {
  it('a 2.25 UID carrying a valid UUID gives that UUID back', () => {
    const uuid = '6f1c2a3e-9b4d-4e7f-8a21-0c5d6e7f8091';
    expect(lesionIdOfUid(uuidToUid(uuid))).toBe(uuid);
  });
  // Expected values from Python's uuid.uuid5(UUID('3c1f7a52-8d0e-4b6f-9a35-2e7d41c0b9a8'), name).
  it('an arbitrary DICOM UID gives its name-based v5 UUID', () => {
    expect(lesionIdOfUid('1.2.3.4.5')).toBe('1920f964-fa5c-514a-a781-13303d9de8e8');
  });
  it('a 2.25 UID whose number is no valid UUID (version 0) gives its v5 UUID too', () => {
    expect(lesionIdOfUid('2.25.1001')).toBe('3c881ce7-ea59-57e3-959c-a9dfeee41982');
  });
});

describe('importReading: another tool’s SR with non-UUID tracking UIDs', () => {
  it('imports the fixture whole, with valid ids that are the same on each import', () => {
    const r = importReading({ sr: foreignSr() }, noGrid);
    if (!r.ok) throw new Error(r.error);
    const lesions = r.value.reading.lesions;
    expect(lesions).toHaveLength(5);
    for (const l of lesions) expect(l.id).toMatch(RFC_UUID);
    expect(lesions[0]).toMatchObject({ trackingUid: '2.25.1001', id: '3c881ce7-ea59-57e3-959c-a9dfeee41982' });
    const again = importReading({ sr: foreignSr() }, noGrid);
    if (!again.ok) throw new Error(again.error);
    // Group 4 has no tracking UID: it is given a new random one (noted), so only 4 ids repeat.
    expect(lesions.filter((l, i) => l.id === again.value.reading.lesions[i].id)).toHaveLength(4);
  });

  it('a tracking UID such as 1.2.3.4.5 is kept and gives a stable lesion id', () => {
    const r = importReading({ sr: withFirstTrackingUid('1.2.3.4.5') }, noGrid);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.reading.lesions[0]).toMatchObject({ trackingUid: '1.2.3.4.5', id: '1920f964-fa5c-514a-a781-13303d9de8e8' });
    expect(r.value.reading.lesions[0].measurements).toEqual([{ name: 'Length', value: 42.5, unit: 'mm' }]);
  });
});
