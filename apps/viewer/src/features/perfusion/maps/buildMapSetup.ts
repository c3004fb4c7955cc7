import type { VoxelArray } from '@caliper/core';
import { samplePopulationAif } from '@caliper/engine';
import type { MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import { estimateBolusArrival } from './estimateBolusArrival';
import type { MapOptions } from './mapOptions';

/** What a map job needs from the dynamic series (D1's loadDynamicVolume gives it). */
export interface DynamicInput {
  readonly phases: readonly VoxelArray[];
  readonly timesS: ArrayLike<number>;
  readonly flipAngleDeg: number;
  readonly trMs: number;
}

/**
 * The setup every worker receives: bolus arrival (given, else estimated), baseline = the phases
 * before it (≥ 1, else an error naming it), the population AIF on its 0.1 s grid from the first
 * phase to the last, the model and the fit constants. Throws with the reader's words when the
 * series cannot be fitted.
 */
export function buildMapSetup(input: DynamicInput, o: MapOptions): MapJobSetup {
  const timesS = Float64Array.from(input.timesS);
  const nt = timesS.length;
  if (nt < 4) throw new Error(`a map needs at least 4 phases (this series has ${nt})`);
  if (!(input.flipAngleDeg > 0)) throw new Error('FlipAngle (0018,1314) missing');
  if (!(input.trMs > 0)) throw new Error('RepetitionTime (0018,0080) missing');
  const bat = o.bolusArrivalS ?? estimateBolusArrival(input.phases, timesS, input, o);
  if (bat === null) throw new Error('no enhancing voxels: the bolus arrival cannot be detected (enter it)');
  let baselineCount = 0;
  while (baselineCount < nt && timesS[baselineCount] < bat) baselineCount++;
  if (baselineCount === 0) throw new Error('no baseline phase before the bolus arrival');
  const aif = samplePopulationAif(o.aif, { bolusArrivalS: bat, endS: timesS[nt - 1], hematocrit: o.hematocrit });
  return { model: o.model, method: o.method, aif, timesS, baselineCount, flipAngleDeg: input.flipAngleDeg, trMs: input.trMs, r1PerMmS: o.r1PerMmS, t10Ms: o.t10Ms, bolusArrivalS: bat };
}
