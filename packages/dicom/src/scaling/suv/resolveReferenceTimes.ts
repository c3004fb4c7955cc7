import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { averageCountRateTime } from './averageCountRateTime';
import { combineDicomDateTime, parseDicomDateTime } from './dicomDateTime';
import type { PetSuvTags } from './types';

export interface ReferenceTimes {
  /** Per instance: the time (naive-clock seconds) the voxel values correspond to; null for ADMIN. */
  readonly seconds: readonly (number | null)[];
  readonly rule: string;
  readonly notes: readonly string[];
}

const acquisitionSeconds = (t: PetSuvTags): number | undefined =>
  parseDicomDateTime(t.acquisitionDateTime) ?? combineDicomDateTime(t.acquisitionDate ?? t.seriesDate, t.acquisitionTime);

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The time each image's values are decay-corrected to (DecayCorrection (0054,1102)):
 * - ADMIN: the injection itself (returned as null: no decay between injection and reference).
 * - START (QIBA order, OncoRay manual option A): SeriesDate/Time when not after the earliest
 *   acquisition; else the GE private scan datetime (0009,100D); else, when every frame has
 *   FrameReferenceTime > 0 and ActualFrameDuration, the back-computed start
 *   t_acq + Tave − FrameReferenceTime (one common value: the median over frames);
 *   else the earliest acquisition time.
 * - NONE: per frame, the average-count-rate time t_acq + Tave of that frame (frame-wise decay).
 */
export function resolveReferenceTimes(instances: readonly PetSuvTags[], halfLifeS: number): Result<ReferenceTimes, string> {
  const first = instances[0];
  const dc = first.decayCorrection ?? 'START';
  const notes: string[] = [];
  if (first.decayCorrection === undefined) notes.push('DecayCorrection missing: assumed START');
  const n = instances.length;
  if (dc === 'ADMIN') return ok({ seconds: new Array<null>(n).fill(null), rule: 'DecayCorrection ADMIN: no decay of the dose', notes });
  const acq = instances.map(acquisitionSeconds);
  if (dc === 'NONE') {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = acq[i];
      if (a === undefined) return err('DecayCorrection NONE needs AcquisitionDate/Time of every frame; missing');
      const dur = instances[i].actualFrameDurationMs;
      if (dur === undefined || dur <= 0) notes.push('ActualFrameDuration missing: frame decay taken at acquisition start');
      out.push(a + averageCountRateTime((dur ?? 0) / 1000, halfLifeS));
    }
    return ok({ seconds: out, rule: 'DecayCorrection NONE: frame-wise decay to t_acq + Tave', notes: [...new Set(notes)] });
  }
  if (dc !== 'START') return err(`DecayCorrection '${dc}' is not START, ADMIN or NONE`);
  const defined = acq.filter((a): a is number => a !== undefined);
  const earliest = defined.length ? Math.min(...defined) : undefined;
  const series = combineDicomDateTime(first.seriesDate, first.seriesTime);
  const all = (s: number): ReferenceTimes => ({ seconds: new Array<number>(n).fill(s), rule: '', notes });
  if (series !== undefined && (earliest === undefined || series <= earliest)) return withRule(all(series), 'START: SeriesDate/Time');
  const ge = parseDicomDateTime(first.geScanDateTime);
  if (ge !== undefined) return withRule(all(ge), 'START: GE private scan datetime (0009,100D)');
  const canBackCompute = instances.every(
    (t, i) => acq[i] !== undefined && (t.frameReferenceTimeMs ?? 0) > 0 && (t.actualFrameDurationMs ?? 0) > 0,
  );
  if (canBackCompute) {
    const starts = instances.map(
      (t, i) => acq[i]! + averageCountRateTime(t.actualFrameDurationMs! / 1000, halfLifeS) - t.frameReferenceTimeMs! / 1000,
    );
    if (series !== undefined) notes.push('SeriesTime after AcquisitionTime (series modified?): reference back-computed from FrameReferenceTime');
    return withRule(all(median(starts)), 'START: back-computed t_acq + Tave − FrameReferenceTime');
  }
  if (earliest !== undefined) return withRule(all(earliest), 'START: earliest AcquisitionDate/Time');
  return err('scan time unknown: SeriesDate/SeriesTime and AcquisitionDate/AcquisitionTime missing');
}

function withRule(r: ReferenceTimes, rule: string): Result<ReferenceTimes, string> {
  return ok({ ...r, rule });
}
