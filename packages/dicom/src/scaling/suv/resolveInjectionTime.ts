import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { parseDicomDate, parseDicomDateTime, parseDicomTime, parseUserDateTime } from './dicomDateTime';
import type { PetSuvTags, SuvOverrides } from './types';

export interface InjectionTime {
  /** Seconds on the naive clock of dicomDateTime. */
  readonly seconds: number;
  /** True when only a TM was known and the date was borrowed from the series (may need −1 day). */
  readonly dateAssumed: boolean;
  readonly source: string;
}

/**
 * Injection (administration) time: user override, else RadiopharmaceuticalStartDateTime (0018,1078),
 * else RadiopharmaceuticalStartTime (0018,1072) on the SeriesDate (then AcquisitionDate, StudyDate
 * not being read). Midnight crossing is resolved by the caller once the scan time is known.
 */
export function resolveInjectionTime(first: PetSuvTags, overrides: SuvOverrides = {}): Result<InjectionTime, string> {
  if (overrides.injectionDateTime !== undefined) {
    const s = parseUserDateTime(overrides.injectionDateTime);
    if (s === undefined) return err(`injection date-time override '${overrides.injectionDateTime}' is not a DICOM DT or ISO date-time`);
    return ok({ seconds: s, dateAssumed: false, source: 'user override' });
  }
  const dt = parseDicomDateTime(first.radiopharmaceuticalStartDateTime);
  if (dt !== undefined) return ok({ seconds: dt, dateAssumed: false, source: 'RadiopharmaceuticalStartDateTime' });
  const tm = parseDicomTime(first.radiopharmaceuticalStartTime);
  if (tm === undefined) return err('RadiopharmaceuticalStartDateTime and RadiopharmaceuticalStartTime missing (injection time unknown)');
  const day = parseDicomDate(first.seriesDate) ?? parseDicomDate(first.acquisitionDate) ?? parseDicomDate(first.acquisitionDateTime?.slice(0, 8));
  if (day === undefined) return err('RadiopharmaceuticalStartTime has no date and SeriesDate/AcquisitionDate are missing');
  return ok({ seconds: day + tm, dateAssumed: true, source: 'RadiopharmaceuticalStartTime on SeriesDate' });
}
