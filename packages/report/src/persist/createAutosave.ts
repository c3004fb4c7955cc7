import type { Reading } from '../model/schema';

export interface AutosaveOptions {
  /** Quiet period after the last change before saving, ms (default 400). */
  readonly delayMs?: number;
  readonly onSaved?: (reading: Reading) => void;
  /** A failed save keeps the reading pending; the next schedule() or flush() retries it. */
  readonly onError?: (error: unknown, reading: Reading) => void;
}

export interface Autosave {
  /** Note a new state of the reading; it is saved after `delayMs` without further changes. */
  schedule(reading: Reading): void;
  /** Save the pending reading now (e.g. on `pagehide`) and wait for every save to finish. */
  flush(): Promise<void>;
  /** True while a reading is waiting to be saved or being saved. */
  readonly pending: boolean;
  dispose(): void;
}

/**
 * Debounced, serialised autosave: bursts of changes give one save of the latest state, and saves
 * never overlap, so an older state can never land after a newer one.
 */
export function createAutosave(save: (reading: Reading) => Promise<unknown>, options: AutosaveOptions = {}): Autosave {
  const delayMs = options.delayMs ?? 400;
  let latest: Reading | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let inFlight = 0;

  const run = (): Promise<void> => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    // Take the state now: a flush saves what was pending when it was called.
    const reading = latest;
    if (reading === undefined) return running;
    latest = undefined;
    inFlight++;
    running = running.then(async () => {
      try {
        await save(reading);
        options.onSaved?.(reading);
      } catch (e) {
        if (latest === undefined) latest = reading;
        options.onError?.(e, reading);
      } finally {
        inFlight--;
      }
    });
    return running;
  };

  return {
    schedule(reading) {
      latest = reading;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    flush: () => run(),
    get pending() {
      return latest !== undefined || inFlight > 0;
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
