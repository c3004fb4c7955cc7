import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeBatchCohort } from './batchCohort';
import { repoRoot, runCaliper } from './helpers';

// The Kubernetes manifests of cluster/k8s (issue 17) without a cluster: both Jobs are validated
// against the batch/v1 OpenAPI schema (kubernetes-models), checked for consistency (N shards), and
// their container commands run as the pods would — each index with its JOB_COMPLETION_INDEX, then
// the merge — on a synthetic cohort mounted where the manifests expect /data. The merged table must
// equal a single-process run's, and an index whose items partly failed must complete (exit 0).
const k8s = path.join(repoRoot, 'cluster/k8s');
type JobSpec = { spec: { completions?: number; parallelism?: number; completionMode?: string; podFailurePolicy?: { rules: { action: string; onExitCodes?: { values: number[] } }[] }; template: { spec: { containers: { command: string[]; args: string[] }[] } } } };
const indexed = parse(readFileSync(path.join(k8s, 'indexed-job.yaml'), 'utf8')) as JobSpec;
const merge = parse(readFileSync(path.join(k8s, 'merge-job.yaml'), 'utf8')) as JobSpec;
const script = (j: JobSpec) => j.spec.template.spec.containers[0].args[0];

const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-k8s-'));
const data = path.join(tmp, 'data');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a container's `sh -c` script with /data mapped to the test's folder and `caliper` the repository CLI. */
function runPodScript(text: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = path.join(tmp, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'caliper'), `#!/bin/sh\nexec pnpm --silent --dir ${JSON.stringify(repoRoot)} caliper "$@"\n`);
  chmodSync(path.join(bin, 'caliper'), 0o755);
  return new Promise((resolve) => {
    execFile('/bin/sh', ['-c', text.replaceAll('/data/', `${data}/`)], { env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}` }, maxBuffer: 64 << 20 }, (e, stdout, stderr) =>
      resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

describe('cluster/k8s manifests', () => {
  it('both are valid batch/v1 Jobs (Kubernetes OpenAPI schema)', () => {
    expect(() => new Job(indexed as never).validate()).not.toThrow();
    expect(() => new Job(merge as never).validate()).not.toThrow();
    // The validator does catch a malformed Job (a sanity check of the check).
    expect(() => new Job({ ...indexed, spec: { ...indexed.spec, completions: 'four' } } as never).validate()).toThrow();
  });

  it('Indexed, N completions = parallelism = the N of --shard = the merged shard folders; exit 2 fails the index', () => {
    const n = indexed.spec.completions!;
    expect(indexed.spec.completionMode).toBe('Indexed');
    expect(indexed.spec.parallelism).toBe(n);
    expect(script(indexed)).toContain(`--shard "$JOB_COMPLETION_INDEX/${n}"`);
    expect(script(merge).match(/\/data\/out\/shard-\d+/g)).toEqual(Array.from({ length: n }, (_, i) => `/data/out/shard-${i}`));
    expect(indexed.spec.podFailurePolicy!.rules).toEqual([expect.objectContaining({ action: 'FailIndex', onExitCodes: expect.objectContaining({ values: [2] }) })]);
  });
});

describe('cluster/k8s commands run as the pods would (each index, then the merge)', () => {
  const n = indexed.spec.completions!;
  let pods: Awaited<ReturnType<typeof runPodScript>>[] = [];
  let mergeRun: Awaited<ReturnType<typeof runPodScript>>;
  beforeAll(async () => {
    writeBatchCohort(path.join(tmp, 'gen'), { studies: 6, corrupt: 4 });
    cpSync(path.join(tmp, 'gen'), path.join(data, 'cohort'), { recursive: true });
    pods = [];
    for (let i = 0; i < n; i++) pods.push(await runPodScript(script(indexed), { JOB_COMPLETION_INDEX: String(i) }));
    mergeRun = await runPodScript(script(merge), {});
  }, 600_000);

  it('every index completes (exit 0), including the one whose corrupt study failed', () => {
    expect(pods.map((p) => p.code), pods.map((p) => p.stderr.slice(-400)).join('\n')).toEqual(Array(n).fill(0));
    const summaries = pods.map((p) => JSON.parse(p.stdout) as { total: number; failed: number; failures: { key: string; error: string }[] });
    expect(summaries.reduce((t, s) => t + s.total, 0)).toBe(6);
    expect(summaries.flatMap((s) => s.failures).map((f) => f.key)).toEqual(['P005/baseline']);
  });

  it('the merged table equals the single-process run of the same command', async () => {
    expect(mergeRun.code, mergeRun.stderr).toBe(0);
    const single = await runCaliper(['batch', path.join(data, 'cohort/manifest.csv'), '--task', 'radiomics', '--config', 'B', '--roi', path.join(data, 'cohort/roi.json'), '--out', path.join(tmp, 'single'), '--json']);
    expect(single.code).toBe(1);
    expect(readFileSync(path.join(data, 'out/merged/table.csv'), 'utf8')).toBe(readFileSync(path.join(tmp, 'single/table.csv'), 'utf8'));
  });
});
