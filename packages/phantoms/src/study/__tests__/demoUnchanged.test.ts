import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../config';
import { generateInMemory } from './generateInMemory';

/**
 * SHA-256 over every demo file (sorted path, then bytes) as written by `pnpm run demo`. Update only
 * on a deliberate demo change. History: pinned when the benchmark-only CT lesion (L5) went into
 * `--large` (the demo must not change with the large set); re-pinned when the multi-timepoint course
 * was designed for RECIST 1.1 / PERCIST 1.0 truth (L3 smaller at the follow-ups for a clear PR, L4
 * hotter so it is unequivocally FDG-avid, truth/course.json and truth/course.timeline.json added);
 * re-pinned when the DCE-MRI breast study went in (dce/, truth/dce.json, its manifest and index entries;
 * the three timepoints' files unchanged).
 */
const DEMO_DIGEST = '23c3e78f85936f9a004d126543a0c09c0c9043cd3c82456ffa437a74421832ff';
/** The DCE-MRI study alone (dce/ and truth/dce.json). */
const DCE_DIGEST = '5c21c2151c0296e54b59bd661fe062556038492ac213f38a6858864d3637b69f';
/**
 * The baseline study alone (baseline/ and truth/baseline.json): unchanged since before the course
 * redesign, so e2e specs and figures built on the baseline are unaffected by follow-up changes.
 */
const BASELINE_DIGEST = 'b3ce6e2224a2b37a8984ac515de0c03304fee1fa015f9c3955d909963dc4fa06';

let files: Map<string, Uint8Array>;
beforeAll(async () => {
  ({ files } = await generateInMemory(demoConfig()));
}, 180_000);

function digest(paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths.sort()) h.update(p).update(files.get(p)!);
  return h.digest('hex');
}

describe('demo set', () => {
  it('is byte-identical to the pinned demo (1781 files)', () => {
    expect(files.size).toBe(1781);
    expect(digest([...files.keys()])).toBe(DEMO_DIGEST);
  });

  it('keeps the pinned baseline study (485 files)', () => {
    const base = [...files.keys()].filter((p) => p.startsWith('baseline/') || p === 'truth/baseline.json');
    expect(base).toHaveLength(485);
    expect(digest(base)).toBe(BASELINE_DIGEST);
  });

  it('keeps the pinned DCE-MRI study (288 dynamic + 32 VFA images + truth)', () => {
    const dce = [...files.keys()].filter((p) => p.startsWith('dce/') || p === 'truth/dce.json');
    expect(dce).toHaveLength(321);
    expect(digest(dce)).toBe(DCE_DIGEST);
  });
});
