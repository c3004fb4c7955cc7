#!/usr/bin/env node
// The README's two commands. Runs with plain Node 20 + npm on a fresh machine:
//   npm start -> install, build the demo + app, serve dist/ on $PORT (default 4173)
//   npm test  -> install (incl. Chromium, Orthanc, dicom3tools from Debian), run every test
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
  sh('pnpm run test:unit');
  sh('pnpm run test:e2e');
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
