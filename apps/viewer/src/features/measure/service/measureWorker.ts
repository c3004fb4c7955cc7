import * as Comlink from 'comlink';
import type { MeasureApi } from '../worker/createMeasureApi';
import { createLiveSlots } from '../live/liveSlots';

let remote: Comlink.Remote<MeasureApi> | null = null;
let slots: SharedArrayBuffer | null = null;

/** The viewer's one long-lived engine worker (started on first use), sharing the live result slots. */
export function measureWorker(): Comlink.Remote<MeasureApi> {
  if (!remote) {
    const worker = new Worker(new URL('../worker/measure.worker.ts', import.meta.url), { type: 'module', name: 'caliper-engine' });
    remote = Comlink.wrap<MeasureApi>(worker);
    slots = createLiveSlots();
    if (slots) void remote.setLiveSlots(slots);
  }
  return remote;
}

/** The live result slots shared with the worker (null when the page is not cross-origin isolated). */
export const liveSlots = (): SharedArrayBuffer | null => (measureWorker(), slots);
