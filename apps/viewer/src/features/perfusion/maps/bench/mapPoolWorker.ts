import type { ChunkMaps } from '@caliper/engine/perfusion/fitMapChunk';
/**
 * Node worker-thread stand-in for maps.worker.ts in the maps benchmark: the same createMapJobs
 * behind the same three calls, chunk maps transferred back (as Comlink.transfer does in the browser).
 */
import { parentPort } from 'node:worker_threads';
import { createMapJobs } from '../mapJobs';

const jobs = createMapJobs();

parentPort!.on('message', (m: { id: number; call: 'prepare' | 'fitChunk' | 'release'; args: unknown[] }) => {
  if (m.call === 'prepare') jobs.prepare(...(m.args as Parameters<typeof jobs.prepare>));
  if (m.call === 'release') jobs.release(...(m.args as Parameters<typeof jobs.release>));
  if (m.call !== 'fitChunk') return parentPort!.postMessage({ id: m.id });
  const r = jobs.fitChunk(...(m.args as Parameters<typeof jobs.fitChunk>)) as ChunkMaps;
  parentPort!.postMessage({ id: m.id, value: r }, [r.ktrans, r.kep, r.ve, r.vp, r.residual, r.iaugc60, r.fitted].map((a) => a.buffer as ArrayBuffer));
});
