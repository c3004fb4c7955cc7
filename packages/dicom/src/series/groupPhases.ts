import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Instance } from '../model/instance';
import { str } from '../parse/readTags';
import { ACQUISITION_DATETIME, ACQUISITION_TIME, CONTENT_TIME, TRIGGER_TIME } from './readPhaseTime';
import type { PhaseClock } from './readPhaseTime';
import { axesOf, dot } from './vec';

/** One temporal phase of a dynamic series: one image per slice position. */
export interface Phase {
  readonly instances: readonly Instance[];
  /** Seconds after the first phase. */
  readonly timeS: number;
  /** TemporalPositionIdentifier, or the 1-based rank in time when grouped by acquisition time. */
  readonly position: number;
}

export interface PhaseGrouping {
  readonly phases: readonly Phase[];
  /** The attribute the phase times come from, e.g. 'TriggerTime (0018,1060)'. */
  readonly timeSource: string;
  /** How images were assigned to phases, e.g. 'TemporalPositionIdentifier (0020,0100)'. */
  readonly groupedBy: string;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Splits one dynamic series (classic single-frame images, every phase at the same slice positions)
 * into temporal phases, as issue 15 defines it: grouped by TemporalPositionIdentifier (0020,0100)
 * when every image has one, else by acquisition time (AcquisitionDateTime, else AcquisitionDate +
 * AcquisitionTime, else ContentTime): images sharing a time form a phase when that gives complete
 * stacks, otherwise (2D multi-slice, one time per slice) the k-th earliest image at each position
 * belongs to phase k. Phase time: TriggerTime (0018,1060) when it differs between phases, else
 * AcquisitionDateTime/AcquisitionTime, else ContentTime; the earliest over the phase's images; in
 * seconds after the first phase. Errors name the problem: 'not a dynamic series' (one image per
 * position), 'times not strictly increasing' (with the two phases and times), incomplete phases.
 */
export function groupPhases(instances: readonly Instance[]): Result<PhaseGrouping, string> {
  const images = instances.filter((i) => i.hasPixelData);
  if (images.length === 0) return err('not a dynamic series: no images');
  if (images.some((i) => i.numberOfFrames > 1)) return err('not a dynamic series of classic single-frame images: enhanced multi-frame objects are not supported');
  const o = images.find((i) => i.imageOrientationPatient)?.imageOrientationPatient;
  if (!o || images.some((i) => !i.imagePositionPatient)) return err('not a dynamic series: images without ImagePositionPatient/ImageOrientationPatient');
  const normal = axesOf(o).normal;
  const positionKey = (i: Instance) => Math.round(dot(i.imagePositionPatient!, normal) * 1000);
  const byPosition = new Map<number, Instance[]>();
  for (const i of images) {
    const k = positionKey(i);
    const list = byPosition.get(k);
    if (list) list.push(i);
    else byPosition.set(k, [i]);
  }
  const perPosition = Math.max(...[...byPosition.values()].map((l) => l.length));
  if (perPosition === 1) return err(`not a dynamic series: one image per slice position (${images.length} images at ${byPosition.size} positions)`);

  let groups: Instance[][];
  let groupedBy: string;
  let positions: number[];
  const tpi = images.map((i) => str(i.dataSet, 'x00200100'));
  if (tpi.every((v) => v !== undefined && v !== '' && Number.isFinite(Number(v)))) {
    const byTpi = new Map<number, Instance[]>();
    images.forEach((i, q) => {
      const k = Number(tpi[q]);
      const list = byTpi.get(k);
      if (list) list.push(i);
      else byTpi.set(k, [i]);
    });
    positions = [...byTpi.keys()].sort((a, b) => a - b);
    groups = positions.map((k) => byTpi.get(k)!);
    groupedBy = 'TemporalPositionIdentifier (0020,0100)';
  } else {
    const clock = [ACQUISITION_DATETIME, ACQUISITION_TIME, CONTENT_TIME].find((c) => images.every((i) => c.read(i.dataSet) !== undefined));
    if (!clock) return err('not a dynamic series: no TemporalPositionIdentifier (0020,0100) and no acquisition or content time to tell the phases apart');
    const time = new Map(images.map((i) => [i, clock.read(i.dataSet)!]));
    const byTime = new Map<number, Instance[]>();
    for (const i of images) {
      const k = time.get(i)!;
      const list = byTime.get(k);
      if (list) list.push(i);
      else byTime.set(k, [i]);
    }
    const complete = [...byTime.values()].every((g) => g.length === byPosition.size && new Set(g.map(positionKey)).size === g.length);
    if (complete) {
      const keys = [...byTime.keys()].sort((a, b) => a - b);
      groups = keys.map((k) => byTime.get(k)!);
      groupedBy = clock.name;
    } else {
      // One time per image (2D multi-slice): rank the images of each position by time.
      groups = Array.from({ length: perPosition }, () => []);
      for (const list of byPosition.values()) [...list].sort((a, b) => time.get(a)! - time.get(b)!).forEach((i, q) => groups[q].push(i));
      groupedBy = `${clock.name}, rank at each slice position`;
    }
    positions = groups.map((_, q) => q + 1);
  }
  for (let q = 0; q < groups.length; q++) {
    const g = groups[q];
    const keys = new Set(g.map(positionKey));
    if (keys.size !== g.length) return err(`phase ${positions[q]} repeats a slice position (${g.length} images at ${keys.size} positions; grouped by ${groupedBy})`);
    if (g.length !== byPosition.size) return err(`phase ${positions[q]} has ${g.length} of the series' ${byPosition.size} slice positions (grouped by ${groupedBy})`);
  }

  // Phase times: the first clock every image has that is not constant over the phases.
  const phaseTime = (c: PhaseClock) => groups.map((g) => Math.min(...g.map((i) => c.read(i.dataSet)!)));
  let clock: PhaseClock | undefined;
  let times: number[] = [];
  for (const c of [TRIGGER_TIME, ACQUISITION_DATETIME, ACQUISITION_TIME, CONTENT_TIME]) {
    if (!images.every((i) => c.read(i.dataSet) !== undefined)) continue;
    const t = phaseTime(c);
    if (c === TRIGGER_TIME && t.every((x) => x === t[0])) continue;
    clock = c;
    times = t;
    break;
  }
  if (!clock) return err('phase times unknown: no TriggerTime (0018,1060) that differs between phases, AcquisitionDateTime/AcquisitionTime or ContentTime on every image');
  for (let q = 1; q < times.length; q++) {
    if (!(times[q] > times[q - 1])) {
      return err(`times not strictly increasing: phase ${positions[q]} at ${round(times[q] - times[0])} s is not after phase ${positions[q - 1]} at ${round(times[q - 1] - times[0])} s (${clock.name})`);
    }
  }
  return ok({
    phases: groups.map((g, q) => ({ instances: g, timeS: round(times[q] - times[0]), position: positions[q] })),
    timeSource: clock.name,
    groupedBy,
  });
}
