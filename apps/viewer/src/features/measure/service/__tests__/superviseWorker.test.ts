import { describe, expect, it } from 'vitest';
import { superviseWorker, WorkerDiedError } from '../superviseWorker';
import type { WorkerGeneration } from '../superviseWorker';

interface Api { add(a: number, b: number): Promise<number>; hang(): Promise<never> }

/** A fake worker whose death the test triggers; it records whether it was terminated. */
function fakeWorker(gen: number) {
  let kill!: (reason: string) => void;
  const died = new Promise<string>((r) => { kill = r; });
  const w = {
    gen, terminated: false, kill,
    generation: {
      remote: { add: async (a: number, b: number) => a + b + gen * 100, hang: () => new Promise<never>(() => undefined) },
      died,
      terminate: () => { w.terminated = true; },
    } satisfies WorkerGeneration<Api>,
  };
  return w;
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('superviseWorker', () => {
  it('starts lazily, rejects the call in flight when the worker dies, restarts and answers from the new worker', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const restarts: { generation: number; reason: string }[] = [];
    const s = superviseWorker<Api>({ start: (g) => { const w = fakeWorker(g); workers.push(w); return w.generation; }, onRestart: (i) => restarts.push(i) });
    expect(workers).toHaveLength(0);
    expect(await s.api.add(2, 3)).toBe(5);
    const lost = s.api.hang();
    workers[0].kill('closed');
    await expect(lost).rejects.toBeInstanceOf(WorkerDiedError);
    await expect(lost).rejects.toThrow('the measurement engine stopped (closed)');
    await tick();
    expect(workers[0].terminated).toBe(true);
    expect(restarts).toEqual([{ generation: 1, reason: 'closed' }]);
    expect(workers).toHaveLength(2);
    // Generation 1 answers 2 + 3 + 100.
    expect(await s.api.add(2, 3)).toBe(105);
    expect(s.restarts).toBe(1);
  });

  it('a worker that keeps dying is restarted maxRestarts times within the window, then calls name the reason', async () => {
    let t = 0;
    const workers: ReturnType<typeof fakeWorker>[] = [];
    let gaveUp = '';
    const s = superviseWorker<Api>({
      start: (g) => { const w = fakeWorker(g); workers.push(w); return w.generation; },
      maxRestarts: 2, windowMs: 10_000, now: () => t, onGiveUp: (r) => { gaveUp = r; },
    });
    await s.api.add(0, 0);
    for (let i = 0; i < 3; i++) {
      t += 1000;
      workers[workers.length - 1].kill(`crash ${i}`);
      await tick();
    }
    // Deaths at t = 1, 2, 3 s: two restarts, the third death gives up.
    expect(workers).toHaveLength(3);
    expect(s.restarts).toBe(2);
    expect(s.stopped).toBe(true);
    expect(gaveUp).toBe('the measurement engine stopped 3 times within 10 s (last: crash 2); reload the page');
    await expect(s.api.add(1, 1)).rejects.toThrow(gaveUp);
  });

  it('deaths further apart than the window never give up', async () => {
    let t = 0;
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const s = superviseWorker<Api>({ start: (g) => { const w = fakeWorker(g); workers.push(w); return w.generation; }, maxRestarts: 1, windowMs: 1000, now: () => t });
    await s.api.add(0, 0);
    for (let i = 0; i < 5; i++) {
      t += 5000;
      workers[workers.length - 1].kill('oom');
      await tick();
    }
    expect(s.stopped).toBe(false);
    expect(s.restarts).toBe(5);
    expect(await s.api.add(1, 1)).toBe(502);
  });

  it('is not a thenable: awaiting the api does not call the worker', async () => {
    let started = 0;
    const s = superviseWorker<Api>({ start: (g) => { started++; return fakeWorker(g).generation; } });
    const same = await Promise.resolve(s.api);
    expect(same).toBe(s.api);
    expect(started).toBe(0);
  });
});

describe('superviseWorker over a real Comlink channel', () => {
  it('passes a Comlink.proxy callback through (radiomics progress) and calls the remote method itself, not its .apply', async () => {
    const Comlink = await import('comlink');
    const { port1, port2 } = new MessageChannel();
    const calls: string[] = [];
    Comlink.expose({
      async run(n: number, onProgress: (p: number) => void) {
        calls.push('run');
        // A Comlink callback is itself a remote call: awaited so the test sees it before the result.
        await onProgress(n / 2);
        return n * 2;
      },
    }, port1);
    interface Remote { run(n: number, onProgress: (p: number) => void): Promise<number> }
    const remote = Comlink.wrap<Remote>(port2);
    const s = superviseWorker<Remote>({ start: () => ({ remote: remote as unknown as Remote, died: new Promise<string>(() => undefined), terminate: () => undefined }) });
    const seen: number[] = [];
    expect(await s.api.run(21, Comlink.proxy((p: number) => { seen.push(p); }))).toBe(42);
    expect(seen).toEqual([10.5]);
    expect(calls).toEqual(['run']);
    port1.close();
    port2.close();
  });
});
