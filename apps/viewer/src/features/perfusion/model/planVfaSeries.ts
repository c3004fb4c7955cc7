import type { Geometry } from '@caliper/core';
import { groupSeries, readSpgrParameters, volumeGeometry } from '@caliper/dicom';
import type { Instance } from '@caliper/dicom';
import { seriesLabelOf } from './planDynamicSeries';
import { sameGrid } from './sameGrid';

/** A variable-flip-angle series split into one stack per flip angle, on the dynamic series' grid. */
export interface VfaPlan {
  readonly label: string;
  readonly flipAnglesDeg: readonly number[];
  readonly trMs: number;
  /** Images per flip angle (same order), each in slice (k) order. */
  readonly stacks: readonly (readonly Instance[])[];
}

/**
 * Checks a VFA series as `caliper dce --vfa` does: FlipAngle and RepetitionTime on every image, one
 * TR, ≥ 2 flip angles ("VFA needs at least 2 flip angles"), each angle one regular stack on the
 * dynamic series' grid ("VFA grid differs"). Errors name the series.
 */
export function planVfaSeries(instances: readonly Instance[], grid: Geometry): { ok: true; value: VfaPlan } | { ok: false; error: string } {
  const images = instances.filter((i) => i.hasPixelData);
  if (!images.length) return { ok: false, error: 'VFA series has no images' };
  const label = seriesLabelOf(images[0]);
  const fail = (why: string) => ({ ok: false as const, error: `${label}: ${why}` });
  const acq = readSpgrParameters(images, { perImageFlipAngle: true });
  if (!acq.ok) return fail(acq.error);
  const angles = acq.value.flipAnglesDeg;
  if (angles.length < 2) return fail(`VFA needs at least 2 flip angles (found ${angles.join(', ')}°)`);
  const stacks: Instance[][] = [];
  for (const a of angles) {
    const group = images.filter((i) => Math.abs(Number(i.dataSet.string('x00181314')) - a) < 1e-6);
    const s = groupSeries(group).series;
    if (s.length !== 1 || !s[0].isVolume) return fail(`flip angle ${a}° is not one regular stack (${s[0]?.notVolumeReason ?? `${s.length} stacks`})`);
    const g = volumeGeometry(s[0]);
    if (!g.ok) return fail(`flip angle ${a}°: ${g.error.reason}`);
    if (!sameGrid(g.value, grid)) return fail(`VFA grid differs from the dynamic series' (flip angle ${a}°: ${g.value.dimensions.join('×')} at ${g.value.origin.map((x) => x.toFixed(1)).join(', ')} mm vs ${grid.dimensions.join('×')} at ${grid.origin.map((x) => x.toFixed(1)).join(', ')} mm)`);
    stacks.push(s[0].slices.map((sl) => sl.instance));
  }
  return { ok: true, value: { label, flipAnglesDeg: angles, trMs: acq.value.trMs, stacks } };
}
