import type { CommandHooks, CommandModule } from '../command';

/**
 * Runs a single-study command in this thread with its stdout and stderr captured instead of
 * printed, so batch reuses the command itself (and its JSON document is exactly the one
 * `caliper <task> --json` prints). Not re-entrant: one command at a time per thread, which is how
 * the batch workers call it.
 */
export async function captureCommand(mod: CommandModule, argv: string[], hooks?: CommandHooks): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const origOut = process.stdout.write;
  const origErr = process.stderr.write;
  const sink = (buf: string[]) => ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    buf.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = sink(out);
  process.stderr.write = sink(err);
  try {
    const code = await mod.run(argv, hooks);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } catch (e) {
    return { code: 1, stdout: JSON.stringify({ error: `internal error: ${e instanceof Error ? e.message : String(e)}` }), stderr: err.join('') };
  } finally {
    process.stdout.write = origOut;
    process.stderr.write = origErr;
  }
}
