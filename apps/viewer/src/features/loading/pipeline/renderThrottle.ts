/**
 * Schedules progressive re-renders while a volume streams in: at most one at a time, spaced by
 * twice the last render's cost (at least `minMs`), so drawing the partial volume never takes more
 * than about a third of the main thread from the load (on a CPU WebGL such as SwiftShader a
 * three-pane MPR render costs 100+ ms; Cornerstone's default re-renders every 2 % of the frames).
 * `render` returns when the frame it asked for has been drawn.
 */
export function renderThrottle(render: () => Promise<void>, minMs = 150, maxMs = 2000): { request: () => void; flush: () => Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let cost = 0;
  const run = async () => {
    timer = undefined;
    const t0 = performance.now();
    running = render();
    await running;
    running = undefined;
    cost = performance.now() - t0;
  };
  return {
    request: () => {
      if (timer || running) return;
      timer = setTimeout(() => void run(), Math.min(maxMs, Math.max(minMs, 2 * cost)));
    },
    flush: async () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
      await run();
    },
  };
}
