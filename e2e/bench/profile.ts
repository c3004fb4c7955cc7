import type { Page } from '@playwright/test';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

/**
 * `--profile` for the browser benchmarks: samples the page's main thread with the Chrome DevTools
 * Protocol profiler and prints where its self time went (top functions), to find what delays input.
 */
export async function profileMainThread<T>(page: Page, label: string, run: () => Promise<T>, top = 25): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const out = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; startTime: number; endTime: number; samples: number[] } };
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const perSample = totalMs / Math.max(1, profile.samples.length);
  const self = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const file = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0) * perSample);
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\nmain-thread profile: ${label} (${totalMs.toFixed(0)} ms sampled)`);
  for (const [k, ms] of rows) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${(100 * ms / totalMs).toFixed(1).padStart(5)} %  ${k}`);
  await cdp.detach();
  return out;
}

/** `--trace <file>`: records a Chrome timeline trace (main-thread tasks, rendering) while `run` runs. */
export async function traceTimeline<T>(page: Page, file: string, run: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => { events.push(...e.value); });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' } as never);
  const out = await run();
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  console.log(`timeline trace (${events.length} events) written to ${file}`);
  await cdp.detach();
  return out;
}
