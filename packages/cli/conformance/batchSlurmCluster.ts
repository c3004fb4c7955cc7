/**
 * Test harness: a real single-node Slurm (Debian slurmctld + slurmd + munge) configured in a
 * temporary folder, as ../shared/notes/slurm.md checked it on this machine: own munge key and
 * socket, free ports, no cgroups, no /etc edits. Needs root. `stop()` cancels every job, waits
 * for the queue to drain, then ends the three daemons it started.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir, userInfo } from 'node:os';
import path from 'node:path';

export const SLURM_BINARIES = ['/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch', '/usr/sbin/munged', '/usr/sbin/mungekey'];

export function slurmAvailable(): boolean {
  return SLURM_BINARIES.every((b) => existsSync(b));
}

export interface SlurmCluster {
  readonly dir: string;
  /** Environment for clients (SLURM_CONF). */
  readonly env: NodeJS.ProcessEnv;
  /** Runs a Slurm client command, returns stdout (throws with stderr on failure). */
  run(cmd: string, args: readonly string[]): string;
  /** Resolves when no job is pending or running (polls squeue every 200 ms). */
  waitIdle(timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on loopback (so two test runs on one machine do not collide). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startSlurm(): Promise<SlurmCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'caliper-slurm-'));
  chmodSync(dir, 0o755); // munged needs o+x on the socket's folder
  for (const d of ['state', 'spool', 'log', 'run']) mkdirSync(path.join(dir, d));
  const env = { ...process.env, SLURM_CONF: path.join(dir, 'slurm.conf') };
  const pid = (name: string) => path.join(dir, 'run', `${name}.pid`);
  const stopDaemons = () => {
    for (const p of ['slurmd', 'slurmctld', 'munged']) {
      try {
        if (existsSync(pid(p))) process.kill(Number(readFileSync(pid(p), 'utf8').trim()), 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  try {
    execFileSync('mungekey', ['-c', '-k', path.join(dir, 'munge.key')]);
    execFileSync('munged', [`--socket=${dir}/munge.sock`, `--key-file=${dir}/munge.key`, `--pid-file=${pid('munged')}`, `--log-file=${dir}/log/munged.log`, `--seed-file=${dir}/munged.seed`]);
    const memMb = Math.floor(Number(/MemAvailable:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))![1]) / 1126);
    writeFileSync(env.SLURM_CONF, [
      'ClusterName=calipertest', 'SlurmctldHost=localhost', `SlurmctldPort=${await freePort()}`, `SlurmdPort=${await freePort()}`, `AuthInfo=socket=${dir}/munge.sock`,
      'ProctrackType=proctrack/linuxproc', 'SelectType=select/cons_tres', 'SelectTypeParameters=CR_Core', 'MailProg=/bin/true', 'ReturnToService=2',
      `StateSaveLocation=${dir}/state`, `SlurmdSpoolDir=${dir}/spool`, `SlurmctldPidFile=${pid('slurmctld')}`, `SlurmdPidFile=${pid('slurmd')}`,
      `SlurmctldLogFile=${dir}/log/slurmctld.log`, `SlurmdLogFile=${dir}/log/slurmd.log`,
      `NodeName=localhost NodeAddr=127.0.0.1 CPUs=${availableParallelism()} RealMemory=${memMb}`,
      'PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP', '',
    ].join('\n'));
    execFileSync('slurmctld', [], { env });
    execFileSync('slurmd', ['-N', 'localhost'], { env });
    const t0 = Date.now();
    for (;;) {
      const r = spawnSync('sinfo', ['-h', '-o', '%T'], { env, encoding: 'utf8' });
      if (r.stdout?.split('\n').includes('idle')) break;
      if (Date.now() - t0 > 20_000) throw new Error(`Slurm node not idle after 20 s: ${r.stdout} ${r.stderr}\n${readFileSync(path.join(dir, 'log', 'slurmctld.log'), 'utf8').slice(-1500)}`);
      await sleep(100);
    }
  } catch (e) {
    stopDaemons();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const run = (cmd: string, args: readonly string[]) => execFileSync(cmd, args, { env, encoding: 'utf8' });
  const queued = () => spawnSync('squeue', ['-h'], { env, encoding: 'utf8' }).stdout?.trim() ?? '';
  const waitIdle = async (timeoutMs: number) => {
    const t0 = Date.now();
    while (queued() !== '') {
      if (Date.now() - t0 > timeoutMs) throw new Error(`Slurm jobs still queued after ${timeoutMs} ms:\n${queued()}`);
      await sleep(200);
    }
  };
  return {
    dir,
    env,
    run,
    waitIdle,
    async stop() {
      spawnSync('scancel', ['-u', userInfo().username], { env });
      await waitIdle(15_000).catch(() => undefined); // slurmstepd ignores SIGTERM: drain before the daemons go
      stopDaemons();
      await sleep(300);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
