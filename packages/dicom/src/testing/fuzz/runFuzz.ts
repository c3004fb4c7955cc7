import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../referenceData';
import type { MutationKind } from './mutations';
import { KINDS } from './mutations';
import type { ChildInit, FromChild } from './protocol';

export interface FuzzOptions {
  readonly seed: number;
  readonly mutations: number;
  readonly reference: ChildInit['reference'];
  /** Truncation points per seed in the sweep that opens the run. */
  readonly sweepSteps: number;
  /** A case that has used this much CPU (on Linux; elsewhere wall time) without an answer is a hang: its process is killed and the run goes on. A starved case waits up to 10 × this in wall time. */
  readonly hangMs: number;
  readonly kinds?: readonly MutationKind[];
  /** Run only these case indices (to re-run findings of an earlier run with the same seed). */
  readonly only?: readonly number[];
  readonly onProgress?: (done: number, report: FuzzReport) => void;
  /** Called with each crash, hang or violation as it is found. */
  readonly onFinding?: (what: 'crash' | 'hang' | 'violation', f: Finding) => void;
}

export interface Finding {
  readonly i: number;
  readonly kind: string;
  readonly detail: string;
  readonly message: string;
}

export interface FuzzReport {
  seed: number;
  mutations: number;
  seeds: number;
  referenceSeeds: number;
  perKind: Record<string, { count: number; maxMs: number; totalMs: number; rejected: number }>;
  crashes: Finding[];
  hangs: Finding[];
  violations: Finding[];
  /** Longest case, wall clock (grows with the machine's load). */
  maxMs: number;
  maxMsCase?: Finding;
  /** Longest case in CPU time of the process running it (what the file itself costs). */
  maxCpuMs: number;
  maxCpuCase?: Finding;
  over2s: number;
  peakRssMb: number;
  seconds: number;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fuzzChild.ts');

/** CPU time (user + system, ms) of a process from /proc (Linux); undefined elsewhere or once it is gone. */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are fields 14 and 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on Linux for every common architecture. */
const CLOCK_TICKS = 100;

/**
 * Run `mutations` fuzz cases in a child process (so a hang can be killed and a crash of the
 * process itself is seen), restarting it after either. Deterministic for a given seed.
 */
export function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = {
    seed: o.seed,
    mutations: 0,
    seeds: 0,
    referenceSeeds: 0,
    perKind: Object.fromEntries(KINDS.map((k) => [k, { count: 0, maxMs: 0, totalMs: 0, rejected: 0 }])),
    crashes: [],
    hangs: [],
    violations: [],
    maxMs: 0,
    maxCpuMs: 0,
    over2s: 0,
    peakRssMb: 0,
    seconds: 0,
  };
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    // Position in the run (case index, or index into `only`) of the next case to start.
    let next = 0;
    const total = o.only ? o.only.length : o.mutations;
    let current: { pos: number; i: number; kind: MutationKind; detail: string } | undefined;
    let timer: NodeJS.Timeout | undefined;
    let child: ChildProcess;
    let stderr = '';
    const finish = () => {
      report.seconds = (Date.now() - t0) / 1000;
      resolve(report);
    };
    const note = (what: 'crash' | 'hang' | 'violation', list: Finding[], f: Finding) => {
      list.push(f);
      o.onFinding?.(what, f);
    };
    const record = (kind: string) => {
      report.mutations++;
      report.perKind[kind].count++;
      if (report.mutations % 500 === 0 || report.mutations === total) o.onProgress?.(report.mutations, report);
    };
    const start = () => {
      stderr = '';
      const proc = fork(CHILD, [], { cwd: repoRoot, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
      child = proc;
      proc.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      proc.on('message', (m: FromChild) => onMessage(m));
      proc.on('exit', (code, signal) => {
        // A process this harness killed (hang, end of run) or one already replaced says nothing new.
        if (proc !== child || proc.killed) return;
        clearTimeout(timer);
        if (current) {
          note('crash', report.crashes, { ...current, message: `child process died (code ${code}, signal ${signal}): ${stderr.slice(-1000)}` });
          record(current.kind);
          next = current.pos + 1;
          current = undefined;
          if (next < total) start();
          else finish();
        } else if (next < total) reject(new Error(`fuzz child exited (code ${code}, signal ${signal}) outside a case: ${stderr}`));
      });
      child.send({ type: 'init', seed: o.seed, reference: o.reference, sweepSteps: o.sweepSteps, kinds: o.kinds } satisfies ChildInit);
    };
    const onMessage = (m: FromChild) => {
      switch (m.type) {
        case 'ready':
          report.seeds = m.seeds;
          report.referenceSeeds = m.referenceSeeds;
          child.send({ type: 'run', from: next, to: total, only: o.only });
          break;
        case 'start': {
          current = { pos: m.pos, i: m.i, kind: m.kind, detail: m.detail };
          clearTimeout(timer);
          const startedAt = Date.now();
          const cpuAtStart = processCpuMs(child.pid);
          const check = () => {
            if (!current) return;
            // A case is hung when it spent hangMs of CPU, not merely of wall time: on a loaded
            // machine a starved (niced) child gets little CPU. Wall time is capped at 10 × hangMs.
            const cpu = cpuAtStart === undefined ? undefined : (processCpuMs(child.pid) ?? 0) - cpuAtStart;
            const wall = Date.now() - startedAt;
            if (cpu !== undefined && cpu < o.hangMs && wall < 10 * o.hangMs) {
              timer = setTimeout(check, Math.max(200, o.hangMs - cpu));
              return;
            }
            note('hang', report.hangs, { ...current, message: `no answer after ${wall} ms${cpu === undefined ? '' : ` (${Math.round(cpu)} ms CPU)`}` });
            record(current.kind);
            next = current.pos + 1;
            current = undefined;
            child.kill('SIGKILL');
            if (next < total) start();
            else finish();
          };
          timer = setTimeout(check, o.hangMs);
          break;
        }
        case 'done': {
          clearTimeout(timer);
          const c = current!;
          const k = report.perKind[c.kind];
          k.maxMs = Math.max(k.maxMs, m.ms);
          k.totalMs += m.ms;
          if (m.reason) k.rejected++;
          if (m.ms > report.maxMs) {
            report.maxMs = m.ms;
            report.maxMsCase = { ...c, message: `${m.ms.toFixed(0)} ms` };
          }
          if (m.cpuMs > report.maxCpuMs) {
            report.maxCpuMs = m.cpuMs;
            report.maxCpuCase = { ...c, message: `${m.cpuMs.toFixed(0)} ms CPU` };
          }
          if (m.ms > 2000) report.over2s++;
          report.peakRssMb = Math.max(report.peakRssMb, m.maxRssKb / 1024);
          for (const v of m.violations) note('violation', report.violations, { ...c, message: v });
          record(c.kind);
          current = undefined;
          next = m.pos + 1;
          break;
        }
        case 'crash':
          clearTimeout(timer);
          note('crash', report.crashes, { ...current!, message: m.message });
          record(current!.kind);
          current = undefined;
          next = m.pos + 1;
          break;
        case 'fatal':
          clearTimeout(timer);
          child.kill('SIGKILL');
          if (!current) return reject(new Error(`fuzz child failed: ${m.message}`));
          // An unhandled rejection during a case is a crash of that case: restart after it.
          note('crash', report.crashes, { ...current, message: m.message });
          record(current.kind);
          next = current.pos + 1;
          current = undefined;
          if (next < total) start();
          else finish();
          break;
        case 'idle':
          child.kill();
          finish();
          break;
      }
    };
    start();
  });
}
