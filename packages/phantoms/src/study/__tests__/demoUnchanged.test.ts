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
 * the three timepoints' files unchanged); re-pinned when the DSC-MRI and CT perfusion studies went in
 * (dsc/, ctp/, truth/dsc.json, truth/ctp.json, their manifest and index entries; every other file unchanged).
 */
const DEMO_DIGEST = '08f1a1bb49625e9acce7dbf6bbf1b0adb9bce98f626ac5c678bb4cd7ce6ff280';
/** The DCE-MRI study alone (dce/ and truth/dce.json). */
const DCE_DIGEST = '5c21c2151c0296e54b59bd661fe062556038492ac213f38a6858864d3637b69f';
/** The DSC-MRI study alone (dsc/ and truth/dsc.json) and the CT perfusion study alone (ctp/ and truth/ctp.json). */
const DSC_DIGEST = '1231fb8f810d1bcb1d35751da6784a9e3387f9df4facd302fc8c530efe1e5634';
const CTP_DIGEST = '5a023c923bab4639f4d3fef8c41ec08a367aaaa1372ac4043b7af9cce0db46b3';
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
  it('is byte-identical to the pinned demo (2243 files)', () => {
    expect(files.size).toBe(2243);
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

  it('keeps the pinned DSC-MRI (50 phases × 6 slices + truth) and CT perfusion (40 phases × 4 slices + truth) studies', () => {
    const dsc = [...files.keys()].filter((p) => p.startsWith('dsc/') || p === 'truth/dsc.json');
    const ctp = [...files.keys()].filter((p) => p.startsWith('ctp/') || p === 'truth/ctp.json');
    expect([dsc.length, ctp.length]).toEqual([301, 161]);
    expect(digest(dsc)).toBe(DSC_DIGEST);
    expect(digest(ctp)).toBe(CTP_DIGEST);
  });
});
