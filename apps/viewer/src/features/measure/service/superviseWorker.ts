/** One running worker: its remote API, a promise that settles (with the reason) when it dies, and how to stop it. */
export interface WorkerGeneration<T> {
  readonly remote: T;
  readonly died: Promise<string>;
  terminate(): void;
}

export interface RestartInfo {
  /** 1 for the first restart. */
  readonly generation: number;
  readonly reason: string;
}

export interface SuperviseWorkerOptions<T> {
  /** Start a fresh worker (the caller re-sends whatever state it needs in `onRestart`). */
  readonly start: (generation: number) => WorkerGeneration<T>;
  /** A dead worker was replaced: re-send its state and redo its work. */
  readonly onRestart?: (info: RestartInfo) => void;
  /** Too many deaths in a row: the supervisor stops restarting (calls then reject with `reason`). */
  readonly onGiveUp?: (reason: string) => void;
  /** Restarts allowed within `windowMs` before giving up (default 3 in 60 s): a worker that dies on start must not loop. */
  readonly maxRestarts?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
}

export interface SupervisedWorker<T> {
  /** Calls the current worker; a call in flight when its worker dies rejects with a WorkerDiedError. */
  readonly api: T;
  /** Restarts so far. */
  readonly restarts: number;
  /** True once the supervisor gave up. */
  readonly stopped: boolean;
}

/** A call was lost because its worker died (it was not answered; the work must be asked again). */
export class WorkerDiedError extends Error {
  constructor(readonly reason: string) {
    super(`the measurement engine stopped (${reason})`);
    this.name = 'WorkerDiedError';
  }
}

/**
 * Keep one long-lived worker alive: started on first call, replaced when it dies (crash, out of
 * memory, closed), with every unanswered call rejected rather than left hanging. Methods are looked
 * up on the current worker at call time, so callers keep one `api` object for the page's life.
 */
export function superviseWorker<T extends object>(options: SuperviseWorkerOptions<T>): SupervisedWorker<T> {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? (() => Date.now());
  let current: WorkerGeneration<T> | null = null;
  let generation = 0;
  let restarts = 0;
  let stoppedReason: string | null = null;
  const recent: number[] = [];

  const watch = (g: WorkerGeneration<T>) => {
    void g.died.then((reason) => {
      if (current !== g) return; // an older worker we already replaced
      g.terminate();
      current = null;
      const t = now();
      recent.push(t);
      while (recent.length > 0 && t - recent[0] > windowMs) recent.shift();
      if (recent.length > maxRestarts) {
        stoppedReason = `the measurement engine stopped ${recent.length} times within ${Math.round(windowMs / 1000)} s (last: ${reason}); reload the page`;
        options.onGiveUp?.(stoppedReason);
        return;
      }
      restarts++;
      ensure();
      options.onRestart?.({ generation: restarts, reason });
    });
  };
  const ensure = (): WorkerGeneration<T> => {
    if (!current) {
      current = options.start(generation++);
      watch(current);
    }
    return current;
  };

  const api = new Proxy({} as T, {
    get(_, name) {
      // Not a thenable (await-ing the api must not call the worker).
      if (name === 'then' || typeof name === 'symbol') return undefined;
      return (...args: unknown[]) => {
        if (stoppedReason) return Promise.reject(new Error(stoppedReason));
        const g = ensure();
        // Called directly, not with fn.apply: on a Comlink remote `.apply` is itself a remote
        // call, which would post the argument list as one value (a Comlink.proxy callback in it
        // cannot be cloned) and expose the remote over a new channel on every call.
        const call = Promise.resolve((g.remote as Record<string, (...a: unknown[]) => unknown>)[name](...args));
        return Promise.race([call, g.died.then((reason) => Promise.reject(new WorkerDiedError(reason)))]);
      };
    },
  });

  return {
    api,
    get restarts() { return restarts; },
    get stopped() { return stoppedReason !== null; },
  };
}
