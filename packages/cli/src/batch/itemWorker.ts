/**
 * Worker-thread entry of `caliper batch`: runs the items it is sent, one at a time, with runItem
 * (the single-study command in this thread) and posts each outcome back. Thin by design.
 */
import { parentPort } from 'node:worker_threads';
import { runItem } from './runItem';
import type { ItemJob } from './runItem';

parentPort!.on('message', (job: ItemJob) => {
  void runItem(job).then((outcome) => parentPort!.postMessage({ outcome, rssMb: process.memoryUsage().rss / 2 ** 20 }));
});
