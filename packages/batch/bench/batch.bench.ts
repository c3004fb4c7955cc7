/**
 * `pnpm bench batch` (issue 17): items per minute of `caliper batch` on a synthetic CT cohort.
 *  1. measure and radiomics: the sequential single process (a process that loads the single-study
 *     command and runs the items one after another; also timed as the loop alone, modules
 *     preloaded) vs `caliper batch --jobs 1` and `--jobs <cores>` (whole processes);
 *  2. a Slurm array of <cores> one-CPU tasks (real single-node Slurm, needs root + slurmctld) vs the
 *     same shards started side by side as plain processes on the same machine;
 *  3. memory: peak RSS of `caliper batch` with 1 and with <cores> workers → per-worker increment.
 * Medians of --repeats runs (default 3; --quick: 1). Figures go to docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { writeBatchCohort } from '../../cli/conformance/batchCohort';
import { slurmAvailable, startSlurm } from '../../cli/conformance/batchSlurmCluster';
import { captureCommand } from '../../cli/src/batch/captureCommand';

const repo = path.resolve(import.meta.dirname, '../../..');
const MAIN = path.join(repo, 'packages/cli/src/main.ts');
const argv = process.argv.slice(2);
const repeats = argv.includes('--quick') ? 1 : Number(argv.find((a) => a.startsWith('--repeats='))?.slice(10) ?? 3);
const cores = availableParallelism();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** Steady-state rate, items/min: items after the first over the time since the first finished (start-up excluded). */
const steady = (times: number[]) => ((times.length - 1) / ((times[times.length - 1] - times[0]) / 60000));

/** Runs the CLI as a child process; resolves with wall ms, CPU ms (user + system, all threads of it and its worker processes) and the peak of their summed RSS (MiB) seen while it ran. */
function timed(args: string[], env: NodeJS.ProcessEnv = process.env, script = MAIN): Promise<{ ms: number; cpuMs: number; peakMb: number; code: number; itemTimes: number[] }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    // node --import tsx (not the tsx CLI, which runs the script in a child): the pid is the process whose RSS we read.
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], env });
    // With --json, each finished item is a stderr line: note when it arrived.
    const itemTimes: number[] = [];
    let buf = '';
    child.stderr!.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) if (l.startsWith('{"event":"item"')) itemTimes.push(performance.now());
    });
    // The process and its descendants (batch's worker processes): peak of their summed RSS, and
    // the CPU each has used (user + system, clock ticks at 100 Hz), last value seen per pid.
    let peak = 0;
    const cpuByPid = new Map<number, number>();
    const tree = (pid: number): number[] => {
      try {
        const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
        return [pid, ...kids.flatMap(tree)];
      } catch {
        return [pid];
      }
    };
    const poll = setInterval(() => {
      let rss = 0;
      for (const pid of tree(child.pid!)) {
        try {
          const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
          if (m) rss += Number(m[1]) / 1024;
          const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, (Number(f[11]) + Number(f[12])) * 10));
        } catch {
          /* exited */
        }
      }
      peak = Math.max(peak, rss);
    }, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - t0, cpuMs: [...cpuByPid.values()].reduce((a, b) => a + b, 0), peakMb: peak, code: code ?? 1, itemTimes });
    });
  });
}

/** The sequential baseline as a whole process (start-up included, as a batch run's is): this file with --sequential-child. */
function sequentialProcess(task: 'measure' | 'radiomics', dirs: string[], roi: string) {
  return timed(['--sequential-child', task, roi, ...dirs], process.env, import.meta.filename);
}

async function sequential(task: 'measure' | 'radiomics', dirs: string[], roi: string, onItem: () => void = () => {}): Promise<{ ms: number; cpuMs: number; itemTimes: number[] }> {
  const mod = task === 'measure' ? await import('../../cli/src/commands/measure') : await import('../../cli/src/commands/radiomics');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const itemTimes: number[] = [];
  for (const d of dirs) {
    const r = await captureCommand(mod, [d, '--roi', roi, ...(task === 'radiomics' ? ['--config', 'B'] : []), '--json']);
    if (r.code !== 0) throw new Error(`${task} ${d}: ${r.stdout}`);
    itemTimes.push(performance.now());
    onItem();
  }
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, itemTimes };
}

if (argv[0] === '--sequential-child') {
  // One process: load the command, run the items one after another, report each on stderr like batch --json does.
  const [, task, roi, ...dirs] = argv;
  await sequential(task as 'measure' | 'radiomics', dirs, roi, () => process.stderr.write('{"event":"item"}\n'));
  process.exit(0);
}

/**
 * The machine's own ceiling for CPU-bound work on all cores: a pure-JS kernel (no allocation, no
 * I/O) timed alone, then as <cores> copies side by side; ceiling = cores × alone / side by side.
 * On a VM whose vCPUs share physical cores (SMT siblings) or clock, this is well under <cores>.
 */
async function parallelCeiling(runs: number): Promise<{ ceiling: number; aloneMs: number; sideMs: number }> {
  const kernel = 'const a=new Float64Array(1<<16);let s=0;const t=performance.now();for(let r=0;r<4000;r++)for(let i=0;i<a.length;i++){a[i]=a[i]*0.999+i;s+=a[i];}process.stdout.write(String(performance.now()-t))';
  const one = () => new Promise<number>((resolve) => {
    const c = spawn(process.execPath, ['-e', kernel], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    c.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    c.on('exit', () => resolve(Number(out)));
  });
  const alone: number[] = [];
  const side: number[] = [];
  for (let r = 0; r < runs; r++) {
    alone.push(await one());
    side.push(...(await Promise.all(Array.from({ length: cores }, one))));
  }
  const [a, b] = [median(alone), median(side)];
  return { ceiling: (cores * a) / b, aloneMs: a, sideMs: b };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-bench-batch-'));
try {
  const ITEMS = Number(argv.find((a) => a.startsWith('--items='))?.slice(8) ?? 32);
  const cohort = writeBatchCohort(path.join(tmp, 'cohort'), { studies: ITEMS, size: 256, slices: 80 });
  const roi = path.join(tmp, 'roi.json');
  writeFileSync(roi, JSON.stringify({ type: 'sphere', centerMm: cohort.centerMm, radiusMm: 40 }));
  const dirs = cohort.studies.map((s) => s.dir);
  const rate = (ms: number) => (ITEMS / (ms / 60000)).toFixed(1);
  console.log(`cohort: ${ITEMS} CT studies of 256×256×80 voxels (10 MiB each), 40 mm sphere ROI; ${cores} cores; median of ${repeats}`);
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const ceil = await parallelCeiling(Math.max(3, repeats));
  console.log(`machine   CPU-bound kernel alone ${ceil.aloneMs.toFixed(0)} ms, ${cores} side by side ${ceil.sideMs.toFixed(0)} ms each → at most ${ceil.ceiling.toFixed(2)}× on ${cores} cores for CPU-bound work (the ceiling any parallel speed-up here is bounded by)`);
  for (const task of ['measure', 'radiomics'] as const) {
    const extra = task === 'radiomics' ? ['--config', 'B'] : [];
    const seq: number[] = [];
    const seqP: number[] = [];
    const one: number[] = [];
    const par: number[] = [];
    const mem1: number[] = [];
    const memN: number[] = [];
    const cpu: Record<string, number[]> = { seq: [], seqP: [], one: [], par: [] };
    const st: Record<string, number[]> = { seq: [], seqP: [], one: [], par: [] };
    const loads: string[] = [];
    for (let r = 0; r < repeats; r++) {
      loads.push(load());
      const sq = await sequential(task, dirs, roi);
      seq.push(sq.ms);
      cpu.seq.push(sq.cpuMs);
      st.seq.push(steady(sq.itemTimes));
      const sp = await sequentialProcess(task, dirs, roi);
      if (sp.code !== 0) throw new Error(`sequential process ${task} exit ${sp.code}`);
      seqP.push(sp.ms);
      cpu.seqP.push(sp.cpuMs);
      st.seqP.push(steady(sp.itemTimes));
      for (const [jobs, times, mem, c, s] of [[1, one, mem1, cpu.one, st.one], [cores, par, memN, cpu.par, st.par]] as const) {
        const t = await timed(['batch', cohort.manifest, '--task', task, '--roi', roi, ...extra, '--out', path.join(tmp, `${task}-${jobs}-${r}`), '--jobs', String(jobs), '--json']);
        s.push(steady(t.itemTimes));
        if (t.code !== 0) throw new Error(`batch ${task} --jobs ${jobs} exit ${t.code}`);
        times.push(t.ms);
        mem.push(t.peakMb);
        c.push(t.cpuMs);
      }
    }
    const [s, sp, o, p] = [median(seq), median(seqP), median(one), median(par)];
    const f = (ms: number) => `${rate(ms)} items/min (${(ms / 1000).toFixed(1)} s)`;
    console.log(`${task.padEnd(9)} sequential single process ${f(sp)} [loop alone, modules preloaded: ${f(s)}] | batch --jobs 1 ${f(o)} | batch --jobs ${cores} ${f(p)} | load average ${loads.join(', ')}`);
    console.log(`${''.padEnd(9)} speed-up of batch --jobs ${cores}: ${(sp / p).toFixed(2)}× vs the sequential process (both start-up included), ${(s / p).toFixed(2)}× vs the preloaded loop, ${(o / p).toFixed(2)}× vs --jobs 1 (machine ceiling ${ceil.ceiling.toFixed(2)}×)`);
    const ss = (k: string) => median(st[k]).toFixed(1);
    console.log(`${''.padEnd(9)} steady state (start-up excluded): sequential ${ss('seqP')} items/min (preloaded loop ${ss('seq')}), --jobs 1 ${ss('one')}, --jobs ${cores} ${ss('par')} → ${(median(st.par) / median(st.seqP)).toFixed(2)}× vs sequential, ${(median(st.par) / median(st.one)).toFixed(2)}× vs --jobs 1`);
    const perItem = (k: string) => (median(cpu[k]) / ITEMS / 1000).toFixed(2);
    console.log(`${''.padEnd(9)} CPU s per item (user+sys, all threads, incl. start-up): sequential process ${perItem('seqP')}, preloaded loop ${perItem('seq')}, --jobs 1 ${perItem('one')}, --jobs ${cores} ${perItem('par')}; wall/CPU of --jobs ${cores}: ${(median(par) / median(cpu.par)).toFixed(2)} (${(1 / cores).toFixed(2)} = every core ours)`);
    console.log(`${''.padEnd(9)} peak RSS --jobs 1 ${median(mem1).toFixed(0)} MiB, --jobs ${cores} ${median(memN).toFixed(0)} MiB → ${((median(memN) - median(mem1)) / Math.max(1, cores - 1)).toFixed(0)} MiB per extra worker`);
  }

  if (process.getuid?.() !== 0 || !slurmAvailable()) {
    console.log('slurm     skipped: needs root and slurmctld/slurmd/munge (npm test installs them)');
  } else {
    const slurm = await startSlurm();
    try {
      const args = [cohort.manifest, '--task', 'measure', '--roi', roi];
      const plain: number[] = [];
      const array: number[] = [];
      for (let r = 0; r < repeats; r++) {
        const t0 = performance.now();
        await Promise.all(Array.from({ length: cores }, (_, i) => timed(['batch', ...args, '--shard', `${i}/${cores}`, '--jobs', '1', '--out', path.join(tmp, `plain-${r}`, `shard-${i}`)])));
        plain.push(performance.now() - t0);
        const out = path.join(tmp, `array-${r}`);
        const env = { ...slurm.env, CALIPER: `${process.execPath} --import ${import.meta.resolve('tsx')} ${MAIN}` };
        const t1 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const p = spawn('sbatch', ['--parsable', `--array=0-${cores - 1}`, '--cpus-per-task=1', '-o', path.join(tmp, 'slurm_%A_%a.out'), path.join(repo, 'cluster/slurm/batch-array.sbatch'), String(cores), out, ...args], { env, stdio: 'ignore' });
          p.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`sbatch exit ${c}`))));
        });
        await slurm.waitIdle(600_000);
        array.push(performance.now() - t1);
        for (let i = 0; i < cores; i++) if (!existsSync(path.join(out, `shard-${i}`, 'summary.json'))) throw new Error(`array shard ${i} wrote no summary`);
      }
      const a = median(array);
      const b = median(plain);
      console.log(`slurm     ${cores}-task array ${rate(a)} items/min (${(a / 1000).toFixed(1)} s) | same shards as plain processes ${rate(b)} items/min (${(b / 1000).toFixed(1)} s) | overhead ${(((a - b) / b) * 100).toFixed(1)} %`);
    } finally {
      await slurm.stop();
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
