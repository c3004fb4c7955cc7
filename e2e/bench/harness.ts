/**
 * Shared plumbing of the browser benchmarks: argument parsing, the static server for dist/ and a
 * headless Debian Chromium with the same flags as the e2e tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

/** `--name <number>` from argv, or the default. */
export function numberArg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serve `dir` with scripts/serve.mjs (COOP/COEP on) on 127.0.0.1:port. */
export function startServer(root: string, dir: string, port: number): ChildProcess {
  return spawn(process.execPath, [`${root}/scripts/serve.mjs`, dir], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
}

/** Wait (≤ 5 s) until the server answers. */
export async function waitForServer(base: string): Promise<void> {
  for (let i = 0; i < 50 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
}

/** Run a benchmark's main(); a failure prints and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
