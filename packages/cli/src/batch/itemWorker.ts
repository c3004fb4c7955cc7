/**
 * Worker-process entry of `caliper batch`: runs the items it is sent over IPC, one at a time, with
 * runItem (the single-study command in this process) and sends each outcome back. Thin by design.
 */
import { runItem } from './runItem';
import type { ItemJob } from './runItem';

process.on('message', (job: ItemJob) => {
  void runItem(job).then((outcome) => process.send!({ outcome, rssMb: process.memoryUsage().rss / 2 ** 20 }));
});
