import type { SuvOverrides } from '@caliper/dicom';
import type { Reading, SuvCorrection } from '@caliper/report';
import type { MappingSkip } from './toReading';

/**
 * The injection time as the reading stores it: ISO local date-time (scanner time, no zone, as the
 * SUV form takes it). DICOM DT YYYYMMDDHHMMSS[.F] is rewritten; undefined for anything else.
 */
export function isoInjectionTime(s: string): string | undefined {
  const t = s.trim();
  const dt = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{1,6})?$/.exec(t);
  const iso = dt ? `${dt[1]}-${dt[2]}-${dt[3]}T${dt[4]}:${dt[5]}:${dt[6]}${dt[7] ?? ''}` : t.replace(' ', 'T');
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso) && !Number.isNaN(Date.parse(iso)) ? iso : undefined;
}

/**
 * The user's SUV inputs (seriesUID → overrides) → the reading's SUV
 * corrections, series in key order; entries with no value are left out, an unreadable injection
 * time is left out with a reason.
 */
export function suvCorrectionsOf(overrides: Readonly<Record<string, SuvOverrides>>): { corrections: SuvCorrection[]; skipped: MappingSkip[] } {
  const corrections: SuvCorrection[] = [];
  const skipped: MappingSkip[] = [];
  for (const [seriesInstanceUID, o] of Object.entries(overrides)) {
    const time = o.injectionDateTime === undefined ? undefined : isoInjectionTime(o.injectionDateTime);
    if (o.injectionDateTime !== undefined && time === undefined) skipped.push({ lesion: `SUV inputs of series ${seriesInstanceUID}`, reason: `injection time '${o.injectionDateTime}' is not a date-time: not saved` });
    const c: SuvCorrection = {
      seriesInstanceUID,
      ...(o.patientWeightKg !== undefined && o.patientWeightKg > 0 ? { weightKg: o.patientWeightKg } : {}),
      ...(o.radionuclideTotalDoseBq !== undefined && o.radionuclideTotalDoseBq > 0 ? { injectedDoseBq: o.radionuclideTotalDoseBq } : {}),
      ...(time !== undefined ? { injectionDateTime: time } : {}),
    };
    if (Object.keys(c).length > 1) corrections.push(c);
  }
  return { corrections, skipped };
}

/** A reading's SUV corrections → the measure feature's overrides, by series. */
export function suvOverridesOf(reading: Pick<Reading, 'suvCorrections'>): Record<string, SuvOverrides> {
  const out: Record<string, SuvOverrides> = {};
  for (const c of reading.suvCorrections) {
    out[c.seriesInstanceUID] = {
      ...(c.weightKg !== undefined ? { patientWeightKg: c.weightKg } : {}),
      ...(c.injectedDoseBq !== undefined ? { radionuclideTotalDoseBq: c.injectedDoseBq } : {}),
      ...(c.injectionDateTime !== undefined ? { injectionDateTime: c.injectionDateTime } : {}),
    };
  }
  return out;
}
