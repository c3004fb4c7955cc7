import type { Mask, Result, Volume } from '@caliper/core';
import { err } from '@caliper/core';
import type { RadiomicsSettings } from '../settings/radiomicsSettings';
import { iteratePerturbRadiomics } from './iteratePerturbRadiomics';
import type { PerturbRadiomicsError, PerturbRadiomicsOptions, RobustnessResult } from './types';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * iteratePerturbRadiomics run to completion, reporting `onProgress(done, total)` after each radiomics
 * step and yielding to the event loop there, so an `AbortSignal` aborted meanwhile (e.g. by a worker
 * message) stops it: the promise then resolves to `err({ kind: 'aborted' })`. Never rejects.
 */
export async function perturbRadiomics(volume: Volume, mask: Mask, settings: RadiomicsSettings, options: PerturbRadiomicsOptions = {}): Promise<Result<RobustnessResult, PerturbRadiomicsError>> {
  const { onProgress, signal } = options;
  if (signal?.aborted) return err({ kind: 'aborted' });
  const it = iteratePerturbRadiomics(volume, mask, settings, options);
  for (let r = it.next(); ; r = it.next()) {
    if (r.done) return r.value;
    onProgress?.(r.value.done, r.value.total);
    await yieldToEventLoop();
    if (signal?.aborted) return err({ kind: 'aborted' });
  }
}
