import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceRoot } from '../../referenceData';
import { runFuzz } from '../runFuzz';

// Fixed seed so a failure reproduces: `pnpm fuzz --seed 20261207 --mutations 1200 --reference small`.
const SEED = 20261207;
const MUTATIONS = 1200;
const hasReference = existsSync(path.join(referenceRoot, 'dicom-samples'));
if (!hasReference) console.warn(`[fuzz] ${referenceRoot}/dicom-samples absent: mutating the generated seeds only`);

describe('hostile input (issue 16): fuzzing the browser loader with mutated DICOM and .zip files', () => {
  it(`${MUTATIONS} mutations: no crash, no hang, each file < 2 s of CPU, every failure named, valid files of the batch still load`, async () => {
    // Hang limit in wall-clock time, generous because npm test runs other test files beside this
    // one; the per-file bound is asserted on CPU time, which the machine's load does not inflate.
    const r = await runFuzz({ seed: SEED, mutations: MUTATIONS, reference: hasReference ? 'small' : 'none', sweepSteps: 12, hangMs: 30_000 });
    const findings = [...r.crashes, ...r.hangs, ...r.violations].map((f) => `case ${f.i} ${f.kind} (${f.detail}): ${f.message}`);
    const repro = `seed ${r.seed}; reproduce with: pnpm fuzz --seed ${r.seed} --mutations ${MUTATIONS} --reference ${hasReference ? 'small' : 'none'}`;
    expect(findings, repro).toEqual([]);
    expect(r.mutations).toBe(MUTATIONS);
    expect(r.maxCpuMs, `slowest: ${r.maxCpuCase?.kind} ${r.maxCpuCase?.detail} (${repro})`).toBeLessThan(2000);
    // Every kind was exercised, and almost every mutation of the structure is refused by name.
    for (const [kind, k] of Object.entries(r.perKind)) expect(k.count, kind).toBeGreaterThan(20);
    expect(r.perKind.truncate.rejected).toBe(r.perKind.truncate.count);
    expect(r.perKind['zip-bomb'].rejected).toBe(r.perKind['zip-bomb'].count);
    expect(r.seeds).toBeGreaterThanOrEqual(11);
  }, 240_000);
});
