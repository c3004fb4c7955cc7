// `pnpm fuzz [--mutations N] [--seed S] [--reference all|small|none] [--only i,j,…] [--hang-ms T]`: the long hostile-input run
// of issue 16 (docs/dicom-decoding.md, "Hostile input"). Prints a progress line and the figures.
import { runFuzz } from './runFuzz';
import type { FuzzReport } from './runFuzz';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const mutations = Number(arg('mutations', '100000'));
const seed = Number(arg('seed', String(Date.now() % 2 ** 31)));
const reference = arg('reference', 'all') as 'all' | 'small' | 'none';
// Re-run given cases of a run (same seed and --mutations) to look at a finding again.
const only = arg('only', '') ? arg('only', '').split(',').map(Number) : undefined;
const hangMs = Number(arg('hang-ms', '10000'));

function figures(r: FuzzReport): string {
  const lines = [
    `fuzz: ${r.mutations} mutations of ${r.seeds} seeds (${r.referenceSeeds} from reference-data) in ${r.seconds.toFixed(0)} s, seed ${r.seed}`,
    `crashes ${r.crashes.length}, hangs ${r.hangs.length}, contract violations ${r.violations.length}, cases over 2 s ${r.over2s}`,
    `max time per file ${r.maxMs.toFixed(0)} ms wall (${r.maxMsCase?.kind}: ${r.maxMsCase?.detail}), ${r.maxCpuMs.toFixed(0)} ms CPU (${r.maxCpuCase?.kind}: ${r.maxCpuCase?.detail})`,
    `peak RSS ${r.peakRssMb.toFixed(0)} MB (fuzz process: seeds, wasm codecs and the case)`,
    'kind               count  rejected  mean ms  max ms',
    ...Object.entries(r.perKind).map(([k, v]) => `${k.padEnd(17)} ${String(v.count).padStart(6)} ${String(v.rejected).padStart(9)} ${(v.totalMs / Math.max(1, v.count)).toFixed(1).padStart(8)} ${v.maxMs.toFixed(0).padStart(7)}`),
  ];
  for (const f of [...r.crashes, ...r.hangs, ...r.violations].slice(0, 20)) lines.push(`  case ${f.i} (${f.kind}: ${f.detail}): ${f.message.split('\n')[0]}`);
  return lines.join('\n');
}

const report = await runFuzz({
  seed,
  mutations,
  reference,
  sweepSteps: Math.max(10, Math.min(1000, Math.floor(mutations / 100))),
  hangMs,
  only,
  onFinding: (what, f) => process.stderr.write(`  ${what}: case ${f.i} (${f.kind}: ${f.detail}): ${f.message.split('\n')[0]}\n`),
  onProgress: (done, r) => {
    if (done % 2000 === 0 || done === (only?.length ?? mutations)) {
      process.stderr.write(`fuzz ${done}/${only?.length ?? mutations} · crashes ${r.crashes.length} · hangs ${r.hangs.length} · violations ${r.violations.length} · max ${r.maxMs.toFixed(0)} ms\n`);
    }
  },
});
console.log(figures(report));
if (report.crashes.length || report.hangs.length || report.violations.length) {
  console.log(`reproduce: pnpm fuzz --seed ${report.seed} --mutations ${report.mutations} --reference ${reference}`);
  process.exitCode = 1;
}
