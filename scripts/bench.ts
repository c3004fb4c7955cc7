/**
 * `pnpm bench [name...]`: runs every benchmark suite (or the named ones) in turn, each in its own
 * process so one suite's allocations don't distort the next. Each suite prints medians of repeated
 * runs with a same-run baseline; see docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const suites: Record<string, string> = {
  engine: 'packages/engine/bench/run.ts',
  dicom: 'packages/dicom/bench/loadVolume.bench.ts',
  report: 'packages/report/bench/run.ts',
  response: 'packages/response/bench/run.ts',
  align: 'packages/engine/bench/align.ts',
  remeasure: 'apps/viewer/src/features/response/bench/remeasure.bench.ts',
  cohort: 'apps/viewer/src/features/cohort/bench/cohort.bench.ts',
  radiomics: 'packages/engine/bench/radiomics.ts',
  'radiomics-perturb': 'packages/engine/src/radiomics/perturb/bench/perturbRadiomics.bench.ts',
  burden: 'packages/engine/bench/burden.ts',
  perfusion: 'packages/engine/bench/perfusion.ts',
  'perfusion-maps': 'apps/viewer/src/features/perfusion/maps/bench/mapPool.bench.ts',
  load: 'e2e/bench/load.bench.ts',
  memory: 'e2e/bench/memory.bench.ts',
  interact: 'e2e/bench/interact.bench.ts',
  compare: 'e2e/bench/compare.bench.ts',
  reading: 'e2e/bench/reading.bench.ts',
  grow: 'e2e/bench/grow.bench.ts',
  api: 'e2e/bench/api.bench.ts',
  board: 'e2e/bench/board.bench.ts',
  batch: 'packages/batch/bench/batch.bench.ts',
};

const args = process.argv.slice(2);
// A word after a flag is that flag's value (`load --runs 2`), unless it names a suite (`--profile interact`).
const isName = (a: string, i: number) => !a.startsWith('-') && (a in suites || !args[i - 1]?.startsWith('-'));
const names = args.filter(isName);
const flags = args.filter((a, i) => !isName(a, i));
const chosen = names.length ? names : Object.keys(suites);
let failed = 0;
for (const name of chosen) {
  const file = suites[name];
  if (!file) {
    console.error(`unknown bench suite '${name}' (have: ${Object.keys(suites).join(', ')})`);
    failed++;
    continue;
  }
  if (!existsSync(file)) {
    console.error(`[bench] ${name}: ${file} not present, skipped`);
    continue;
  }
  console.error(`\n[bench] ${name}: ${file}`);
  const r = spawnSync('pnpm', ['exec', 'tsx', file, ...flags], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
