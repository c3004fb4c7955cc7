import { vi } from 'vitest';
import { run } from '../src/commands/radiomics';

/**
 * `caliper radiomics <argv>` in this process (the module main.ts dispatches to), capturing
 * stdout/stderr: the contract without a process start per case. Not for concurrent tests (the
 * capture is process-wide).
 */
export async function radiomicsInProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
