import * as Comlink from 'comlink';
import type { MeasureApi } from '../worker/createMeasureApi';

let remote: Comlink.Remote<MeasureApi> | null = null;

/** The viewer's one long-lived engine worker (started on first use). */
export function measureWorker(): Comlink.Remote<MeasureApi> {
  if (!remote) {
    const worker = new Worker(new URL('../worker/measure.worker.ts', import.meta.url), { type: 'module', name: 'caliper-engine' });
    remote = Comlink.wrap<MeasureApi>(worker);
  }
  return remote;
}
