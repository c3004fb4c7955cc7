/**
 * Start the engine worker the way Vite bundles it (module worker, emitted as its own chunk).
 * Browser-only: call from the app, then pass the worker to createEngineClient().
 */
export function createEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'caliper-engine' });
}
