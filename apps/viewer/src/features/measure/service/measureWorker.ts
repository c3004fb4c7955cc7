import * as Comlink from 'comlink';
import type { MeasureApi } from '../worker/createMeasureApi';
import type { DceApi } from '../worker/createDceApi';
import type { WorkerLifeApi } from '../worker/workerLife';
import { createLiveSlots } from '../live/liveSlots';
import { superviseWorker } from './superviseWorker';
import type { RestartInfo, WorkerGeneration } from './superviseWorker';

type EngineRemote = Comlink.Remote<MeasureApi & DceApi & WorkerLifeApi>;

let slots: SharedArrayBuffer | null | undefined;
const restartListeners = new Set<(info: RestartInfo) => void>();
const giveUpListeners = new Set<(reason: string) => void>();

/** A fresh engine worker that reports its own death: an uncaught error, or its life lock released (workerLife.ts). */
function startEngine(generation: number): WorkerGeneration<EngineRemote> {
  const worker = new Worker(new URL('../worker/measure.worker.ts', import.meta.url), { type: 'module', name: 'caliper-engine' });
  const remote = Comlink.wrap<MeasureApi & DceApi & WorkerLifeApi>(worker);
  let gone = false;
  const died = new Promise<string>((resolve) => {
    // An error no call caught leaves the worker's state unknown (e.g. a WASM abort): treat it as a death.
    worker.addEventListener('error', (e) => { e.preventDefault(); resolve(`uncaught error in the worker: ${e.message || 'unknown'}`); });
    const name = `caliper-engine-life-${Date.now().toString(36)}-${generation}`;
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (locks) {
      void remote.holdLifeLock(name).then((held) => {
        if (held && !gone) void locks.request(name, () => resolve('the worker closed or was killed (e.g. out of memory)'));
      }, () => undefined);
    }
  });
  slots ??= createLiveSlots();
  if (slots) void remote.setLiveSlots(slots);
  return { remote, died, terminate: () => { gone = true; worker.terminate(); } };
}

const engine = superviseWorker<EngineRemote>({
  start: startEngine,
  onRestart: (info) => restartListeners.forEach((f) => f(info)),
  onGiveUp: (reason) => giveUpListeners.forEach((f) => f(reason)),
});

/**
 * The viewer's one long-lived engine worker (started on first use), sharing the live result slots.
 * When it dies it is replaced; listeners of onEngineRestart re-send the volumes and re-measure.
 */
export function measureWorker(): EngineRemote {
  return engine.api;
}

/** Called after the engine worker died and a new one took its place (its volumes are gone). */
export function onEngineRestart(f: (info: RestartInfo) => void): () => void {
  restartListeners.add(f);
  return () => restartListeners.delete(f);
}

/** Called when the engine keeps dying and is no longer restarted. */
export function onEngineGiveUp(f: (reason: string) => void): () => void {
  giveUpListeners.add(f);
  return () => giveUpListeners.delete(f);
}

/** Restarts of the engine worker since the page opened. */
export const engineRestarts = (): number => engine.restarts;

/** The live result slots shared with the worker (null when the page is not cross-origin isolated). */
export const liveSlots = (): SharedArrayBuffer | null => {
  slots ??= createLiveSlots();
  return slots;
};
