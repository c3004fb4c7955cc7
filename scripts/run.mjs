#!/usr/bin/env node
// The README's two commands. Runs with plain Node 20 + npm on a fresh machine:
//   npm start -> install, build the demo + app, serve dist/ on $PORT (default 4173)
//   npm test  -> install (incl. Chromium, Orthanc, dicom3tools from Debian), run every test
import { execSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PNPM_VERSION = '12.4.2';
const mode = process.argv[2] ?? 'test';

function sh(cmd, opts = {}) {
  console.error(`\n$ ${cmd}`);
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`command failed (${r.status}): ${cmd}`);
    process.exit(r.status ?? 1);
  }
}

/** Terminal colour codes (ESC [ … m), left out of the summary. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * The part of a test log that names what failed: Playwright's closing list (from "N failed" on) or
 * vitest's failed files and tests; otherwise the last lines.
 */
function failureSummary(text) {
  const lines = text.replace(ANSI_COLOUR, '').split('\n');
  const pw = lines.findIndex((l) => /^\s+\d+ (failed|flaky)$/.test(l));
  if (pw >= 0) return lines.slice(pw).join('\n') + '\n';
  const vitest = lines.filter((l) => /^\s*(FAIL|×|✗)\s/.test(l) || /Test Files|Tests\s/.test(l));
  if (vitest.length > 0) return vitest.slice(0, 60).join('\n') + '\n';
  return lines.slice(-40).join('\n') + '\n';
}

/** A step not run because the build failed: says so in its log, counts as failed. */
function skipped(file) {
  writeFileSync(file, 'not run: the build failed\n');
  return 1;
}

function pnpmVersion() {
  try {
    return execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

function ensurePnpm() {
  if (pnpmVersion() === PNPM_VERSION) return;
  sh(`npm install -g pnpm@${PNPM_VERSION}`);
}

/** Debian packages the tests use; installed only when missing (needs root, as on CI). */
function ensureSystemPackages() {
  const wanted = [
    ['/usr/bin/chromium', 'chromium'],
    ['/usr/sbin/Orthanc', 'orthanc'],
    ['/usr/share/orthanc/plugins/libOrthancDicomWeb.so', 'orthanc-dicomweb'],
    ['/usr/bin/dciodvfy', 'dicom3tools'],
    ['/usr/bin/dcmdump', 'dcmtk'],
    // pydicom reads back the ADC series `caliper adc` writes (independent reader check)
    ['/usr/lib/python3/dist-packages/pydicom', 'python3-pydicom'],
    ['/usr/lib/python3/dist-packages/numpy', 'python3-numpy'],
    // pdftotext / pdfinfo read back the text of `caliper board`'s PDF summary
    ['/usr/bin/pdftotext', 'poppler-utils'],
    // a real single-node Slurm for the `caliper batch` job-array test (docs/batch.md)
    ['/usr/sbin/slurmctld', 'slurmctld'],
    ['/usr/sbin/slurmd', 'slurmd'],
    ['/usr/bin/sbatch', 'slurm-client'],
    ['/usr/sbin/munged', 'munge'],
  ];
  const missing = wanted.filter(([p]) => !existsSync(p)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  sh(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq ${missing.join(' ')}`);
}

ensurePnpm();
sh('pnpm install --frozen-lockfile');

if (mode === 'setup') process.exit(0);

if (mode === 'start') {
  sh('pnpm run build');
  sh('pnpm run preview');
} else if (mode === 'test') {
  ensureSystemPackages();
  // Two lanes on this 2-core machine, each mostly keeping one core busy:
  //   lane 1: typecheck, lint, the unit + conformance suite (one vitest fork), then e2e lane "b" (the
  //           Orthanc/OIDC specs and a few long ones, listed in playwright.config.ts) once the build is done;
  //   lane 2: the build (demo + app), then e2e lane "a" (every other spec, one Playwright worker).
  // One after the other this took ≈ 37 min in December 2026; typecheck, lint and build first, then the
  // two test lanes, ≈ 33 min; this layout 30.6 min on a clean clone (2026-12-07: lane 1 ≈ 29.5 min,
  // lane 2 ≈ 30 min).
  // Lane 1's outputs are printed at the end, so nothing is interleaved.
  const log = (name) => join(tmpdir(), `caliper-${name}-${process.pid}.log`);
  const run = (cmd, file, env = {}) => {
    const fd = openSync(file, 'w');
    console.error(`\n$ ${cmd}   (output: ${file})`);
    const child = spawn(cmd, { shell: true, stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
    return new Promise((resolve) => child.on('exit', (code, signal) => { closeSync(fd); resolve(code ?? (signal ? 1 : 0)); }));
  };
  /** Runs a command with its output on stderr and copied to `file`. */
  const stream = (cmd, file, env = {}) => new Promise((resolve) => {
    console.error(`\n$ ${cmd}   (also copied to ${file})`);
    const out = openSync(file, 'w');
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const copy = (chunk) => { process.stderr.write(chunk); writeSync(out, chunk); };
    child.stdout.on('data', copy);
    child.stderr.on('data', copy);
    child.on('close', (code, signal) => { closeSync(out); resolve(code ?? (signal ? 1 : 0)); });
  });
  const typecheckLog = log('typecheck'), lintLog = log('lint'), unitLog = log('unit'), laneBLog = log('e2e-b'), buildLog = log('build'), laneALog = log('e2e-a');
  const build = stream('pnpm run build', buildLog);
  const lane1 = (async () => {
    const typecheck = await run('pnpm run typecheck', typecheckLog);
    const lint = await run('pnpm run lint', lintLog);
    const unit = await run('pnpm exec vitest run --maxWorkers=1', unitLog);
    // Lane b reuses lane a's e2e fixture (written by its globalSetup) and serves on its own port (not 4319, lane a's, nor 4320, offline.spec's sub-path server).
    const e2eB = (await build) === 0 ? await run('pnpm run test:e2e', laneBLog, { E2E_LANE: 'b', E2E_PORT: '4339', E2E_REUSE_FIXTURE: '1' }) : skipped(laneBLog);
    return { typecheck, lint, unit, e2eB };
  })();
  const built = await build;
  const e2eA = built === 0 ? await stream('pnpm run test:e2e', laneALog, { E2E_LANE: 'a' }) : skipped(laneALog);
  const { typecheck, lint, unit, e2eB } = await lane1;
  for (const [title, file] of [['typecheck', typecheckLog], ['lint', lintLog], ['e2e lane b (E2E_LANE=b pnpm run test:e2e)', laneBLog], ['unit and conformance tests (pnpm run test:unit)', unitLog]]) {
    console.error(`\n--- ${title} ---`);
    process.stderr.write(readFileSync(file, 'utf8'));
  }
  const lanes = [[typecheck, 'pnpm run typecheck', typecheckLog], [lint, 'pnpm run lint', lintLog], [built, 'pnpm run build', buildLog], [unit, 'pnpm run test:unit', unitLog], [e2eA, 'E2E_LANE=a pnpm run test:e2e', laneALog], [e2eB, 'E2E_LANE=b pnpm run test:e2e', laneBLog]];
  const failed = lanes.filter(([code]) => code !== 0);
  // The summary comes last, so a CI that keeps only the tail of the output still shows what failed.
  console.error('\n=== summary ===');
  for (const [code, cmd, file] of lanes) {
    console.error(`${code === 0 ? 'passed' : `FAILED (${code})`}: ${cmd}`);
    if (code !== 0) process.stderr.write(failureSummary(readFileSync(file, 'utf8')));
  }
  for (const [code, cmd] of failed) console.error(`command failed (${code}): ${cmd}`);
  if (failed.length > 0) process.exit(1);
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
