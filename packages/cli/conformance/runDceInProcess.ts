import { vi } from 'vitest';
import { run } from '../src/commands/dce';

/**
 * `caliper dce <argv>` in this process (the command module main.ts dispatches to), capturing
 * stdout/stderr: the contract's exit codes and JSON without a process start per case.
 */
export async function runDceInProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [], err: string[] = [];
  const so = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  const se = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  try {
    const code = await run(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    so.mockRestore();
    se.mockRestore();
  }
}
