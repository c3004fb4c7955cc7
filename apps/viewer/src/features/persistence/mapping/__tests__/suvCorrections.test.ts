import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { readingSchema } from '@caliper/report';
import { createMeasureSlice } from '../../../measure/model/measureSlice';
import { isoInjectionTime, suvCorrectionsOf, suvOverridesOf } from '../suvCorrections';
import { toReading } from '../toReading';
import { lesions, lookup, PT, results, STUDY } from './fixtures';

const build = (suvOverrides: Parameters<typeof toReading>[0]['suvOverrides']) =>
  toReading({ studyInstanceUID: STUDY, lesions: lesions(), results: results(), suvOverrides, series: lookup, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });

describe('SUV inputs ↔ reading suvCorrections', () => {
  it('the SUV form’s values (kept in the measure slice) are saved in a schema-valid reading', () => {
    const store = createStore(createMeasureSlice);
    // As the SUV form submits them: 72.5 kg, 370 MBq, injection time as typed.
    store.getState().setSuvOverrides(PT, { patientWeightKg: 72.5, radionuclideTotalDoseBq: 370e6, injectionDateTime: '2026-01-12T09:05:30' });
    const { reading, skipped } = build(store.getState().suvOverrides);
    expect(skipped).toEqual([]);
    expect(reading.suvCorrections).toEqual([{ seriesInstanceUID: PT, weightKg: 72.5, injectedDoseBq: 370e6, injectionDateTime: '2026-01-12T09:05:30' }]);
    expect(readingSchema.safeParse(reading).success).toBe(true);
  });

  it('round trip: overrides → reading → overrides gives the same values', () => {
    const overrides = { [PT]: { patientWeightKg: 81, radionuclideTotalDoseBq: 2.5e8, injectionDateTime: '2026-01-12T08:40:00' }, '2.25.777.4': { patientWeightKg: 64.2 } };
    const { reading } = build(overrides);
    const parsed = readingSchema.parse(reading);
    expect(suvOverridesOf(parsed)).toEqual(overrides);
  });

  it('a DICOM DT injection time is saved as ISO local time, and read back by the SUV code in that form', () => {
    expect(isoInjectionTime('20260112090530')).toBe('2026-01-12T09:05:30');
    expect(isoInjectionTime('20260112090530.25')).toBe('2026-01-12T09:05:30.25');
    expect(isoInjectionTime('2026-01-12 09:05')).toBe('2026-01-12T09:05');
    const { reading } = build({ [PT]: { injectionDateTime: '20260112090530' } });
    expect(suvOverridesOf(reading)).toEqual({ [PT]: { injectionDateTime: '2026-01-12T09:05:30' } });
  });

  it('an unreadable injection time is not saved (with a reason), the other values are; empty entries are dropped', () => {
    const r = suvCorrectionsOf({ [PT]: { patientWeightKg: 70, injectionDateTime: 'nine o’clock' }, '2.25.777.5': {} });
    expect(r.corrections).toEqual([{ seriesInstanceUID: PT, weightKg: 70 }]);
    expect(r.skipped).toEqual([{ lesion: `SUV inputs of series ${PT}`, reason: 'injection time \'nine o’clock\' is not a date-time: not saved' }]);
  });

  it('no overrides → no corrections', () => {
    expect(build(undefined).reading.suvCorrections).toEqual([]);
  });
});
