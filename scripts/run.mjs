#!/usr/bin/env node
// The README's two commands. Runs with plain Node 20 + npm on a fresh machine:
//   npm start -> install, build the demo + app, serve dist/ on $PORT (default 4173)
//   npm test  -> install (incl. Chromium, Orthanc, dicom3tools from Debian), run every test
import { execSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
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
  sh('pnpm run typecheck');
  sh('pnpm run lint');
  sh('pnpm run build');
  // The unit + conformance suite (one vitest fork) runs beside the e2e suite (one Playwright
  // worker): on this 2-core machine each mostly keeps one core busy, so together they take about
  // the e2e suite's time instead of the sum (≈ 37 min one after the other in December 2026). The
  // unit log is printed once the e2e suite is done, so neither output is interleaved.
  const unitLog = join(tmpdir(), `caliper-unit-${process.pid}.log`);
  const fd = openSync(unitLog, 'w');
  console.error(`\n$ pnpm exec vitest run --maxWorkers=1   (beside the e2e suite; output: ${unitLog})`);
  const unit = spawn('pnpm exec vitest run --maxWorkers=1', { shell: true, stdio: ['ignore', fd, fd] });
  const unitDone = new Promise((resolve) => unit.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  console.error('\n$ pnpm run test:e2e');
  const e2e = spawnSync('pnpm run test:e2e', { shell: true, stdio: 'inherit' });
  const unitCode = await unitDone;
  closeSync(fd);
  console.error('\n--- unit and conformance tests (pnpm run test:unit) ---');
  process.stderr.write(readFileSync(unitLog, 'utf8'));
  if (unitCode !== 0) console.error(`command failed (${unitCode}): pnpm run test:unit`);
  if (e2e.status !== 0) console.error(`command failed (${e2e.status}): pnpm run test:e2e`);
  if (unitCode !== 0 || e2e.status !== 0) process.exit(1);
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
