import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orthancAvailable, startOrthanc } from '../../../e2e/fixtures/orthanc';
import type { OrthancHandle } from '../../../e2e/fixtures/orthanc';
import { writeBatchCohort } from './batchCohort';
import type { CohortStudy } from './batchCohort';
import { slurmAvailable, startSlurm } from './batchSlurmCluster';
import type { SlurmCluster } from './batchSlurmCluster';
import { repoRoot } from './helpers';

// End to end (issue 17): a real single-node Slurm and a real Orthanc serving 22 synthetic CT
// studies over DICOMweb (one corrupt). A 4-task array + dependent merge must give the table of a
// single-process run; cancelling one task and requeueing its index must complete it without
// duplicates; the corrupt study is reported and the rest completes.
const root = process.getuid?.() === 0;
const ready = slurmAvailable() && orthancAvailable();
if (!ready && !root) console.warn('batchSlurm.test.ts skipped: Slurm (slurmctld, slurmd, munge) or Orthanc is not installed and this is not root; `npm test` installs them');
const CALIPER = `${repoRoot}/node_modules/.bin/tsx ${repoRoot}/packages/cli/src/main.ts`;
const STUDIES = 22;
const CORRUPT = 4;

function caliper(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const [cmd, ...pre] = CALIPER.split(' ');
  return new Promise((resolve) => execFile(cmd, [...pre, ...args], { maxBuffer: 64 << 20 }, (e, stdout, stderr) => resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr })));
}
const read = (f: string) => readFileSync(f, 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!ready && !root)('caliper batch on a Slurm job array over DICOMweb (real slurmctld/slurmd + Orthanc)', () => {
  let slurm: SlurmCluster | undefined;
  let orthanc: OrthancHandle | undefined;
  let studies: CohortStudy[];
  let args: string[];
  const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-batch-slurm-'));
  const env = () => ({ ...slurm!.env, CALIPER });
  const sh = (cmd: string, a: string[]) => new Promise<string>((resolve, reject) => execFile(cmd, a, { env: env(), cwd: tmp }, (e, out, err) => (e ? reject(new Error(`${cmd} ${a.join(' ')}: ${err}`)) : resolve(out))));

  beforeAll(async () => {
    if (!ready) throw new Error('Slurm or Orthanc missing: run `npm test` (scripts/run.mjs installs slurmd slurmctld slurm-client munge orthanc orthanc-dicomweb)');
    [slurm, orthanc] = await Promise.all([startSlurm(), startOrthanc()]);
    const cohort = writeBatchCohort(path.join(tmp, 'cohort'), { studies: STUDIES, corrupt: CORRUPT });
    studies = cohort.studies;
    await orthanc.stow(studies.flatMap((s) => readdirSync(s.dir).map((f) => path.join(s.dir, f))));
    args = ['--dicomweb', orthanc.dicomWebUrl, '--query', 'ModalitiesInStudy=CT', '--task', 'measure', '--roi', cohort.roi];
  }, 60_000);

  afterAll(async () => {
    await Promise.allSettled([slurm?.stop(), orthanc?.stop()]);
    rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  let reference: string;
  it('single process: every study of the query measured, the corrupt one failed with its reason (exit 1)', async () => {
    const r = await caliper(['batch', ...args, '--out', path.join(tmp, 'ref'), '--jobs', '2', '--json']);
    expect(r.code, r.stderr).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ total: STUDIES, ok: STUDIES - 1, failed: 1 });
    expect(s.failures).toEqual([{ key: studies[CORRUPT].studyUid, error: expect.stringMatching(/Pixel Data has \d+ bytes, expected \d+ \(truncated\)/) }]);
    reference = read(path.join(tmp, 'ref', 'table.csv'));
    expect(reference.split('\n').filter((l) => l.includes(',measure,roi,max,')).length).toBe(STUDIES - 1);
  }, 150_000);

  it('4-task array + afterany merge job (cluster/slurm/submit.sh): the merged table equals the single-process table', async () => {
    const out = path.join(tmp, 'array');
    const ids = (await sh(path.join(repoRoot, 'cluster/slurm/submit.sh'), ['4', out, ...args, '--', '--cpus-per-task=1'])).trim().split(' ');
    expect(ids).toHaveLength(2);
    await slurm!.waitIdle(150_000);
    const shards = [0, 1, 2, 3].map((i) => JSON.parse(read(path.join(out, `shard-${i}`, 'summary.json'))));
    expect(shards.map((s) => s.shard)).toEqual(['0/4', '1/4', '2/4', '3/4']);
    expect(shards.reduce((n, s) => n + s.total, 0)).toBe(STUDIES);
    const merged = JSON.parse(read(path.join(out, 'merged', 'summary.json')));
    expect(merged).toMatchObject({ total: STUDIES, ok: STUDIES - 1, failed: 1, duplicates: 0 });
    expect(read(path.join(out, 'merged', 'table.csv'))).toBe(reference);
  }, 180_000);

  it('cancelling a running task and requeueing its index completes the shard without duplicates', async () => {
    const out = path.join(tmp, 'cancel');
    const job = (await sh('sbatch', ['--parsable', '--array=0-3', '--cpus-per-task=1', '-o', path.join(tmp, 'cancel_%A_%a.out'), path.join(repoRoot, 'cluster/slurm/batch-array.sbatch'), '4', out, ...args])).trim();
    const items = path.join(out, 'shard-1', 'items');
    const t0 = Date.now();
    // Cancel task 1 once it has finished at least one item and is still running.
    for (;;) {
      const running = (await sh('squeue', ['-h', '-j', `${job}_1`, '-t', 'R'])).trim() !== '';
      const done = existsSync(items) ? readdirSync(items).filter((f) => f.endsWith('.meta.json')).length : 0;
      if (running && done >= 1) break;
      if (Date.now() - t0 > 60_000) throw new Error('task 1 never ran with a finished item');
      await sleep(50);
    }
    await sh('scancel', [`${job}_1`]);
    await sleep(1000);
    const keptBefore = readdirSync(items).filter((f) => f.endsWith('.meta.json')).length;
    await sh('scontrol', ['requeue', `${job}_1`]);
    await sh('scontrol', ['update', `JobId=${job}_1`, 'StartTime=now']);
    await slurm!.waitIdle(150_000);
    const shard1 = JSON.parse(read(path.join(out, 'shard-1', 'summary.json')));
    expect(read(path.join(tmp, `cancel_${job}_1.out`))).toMatch(/restart 1/);
    expect(shard1.skipped).toBeGreaterThanOrEqual(Math.min(keptBefore, shard1.total) - (shard1.failures.length ? 1 : 0));
    expect(shard1.skipped).toBeGreaterThanOrEqual(1);
    const m = await caliper(['batch', 'merge', ...[0, 1, 2, 3].map((i) => path.join(out, `shard-${i}`)), '--out', path.join(out, 'merged'), '--json']);
    expect(m.code, m.stderr).toBe(1);
    expect(JSON.parse(m.stdout)).toMatchObject({ total: STUDIES, ok: STUDIES - 1, failed: 1, duplicates: 0 });
    expect(read(path.join(out, 'merged', 'table.csv'))).toBe(reference);
  }, 180_000);
});
