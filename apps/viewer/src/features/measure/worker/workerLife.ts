/**
 * How the main thread learns that the engine worker is gone. A worker that closes or is killed (out
 * of memory) sends no event, so it holds a Web Lock for its whole life: the browser releases the
 * lock when the worker's global scope ends, and the main thread, queued on the same lock, is then
 * granted it (Web Locks API, "lock release on agent termination").
 */
export interface WorkerLifeApi {
  /** Resolves true once the lock is held (false: no Web Locks here, deaths are seen by `error` only). */
  holdLifeLock(name: string): Promise<boolean>;
  /** Fault injection for tests: 'close' ends the worker silently, 'throw' raises an uncaught error. */
  crashForTest(mode: 'close' | 'throw'): void;
}

export function createWorkerLife(scope: { close(): void; navigator: { locks?: LockManager } }): WorkerLifeApi {
  return {
    holdLifeLock(name) {
      const locks = scope.navigator.locks;
      if (!locks) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        void locks.request(name, () => {
          resolve(true);
          return new Promise<never>(() => undefined);
        });
      });
    },
    crashForTest(mode) {
      if (mode === 'close') scope.close();
      else setTimeout(() => { throw new Error('engine crash injected for a test'); }, 0);
    },
  };
}
