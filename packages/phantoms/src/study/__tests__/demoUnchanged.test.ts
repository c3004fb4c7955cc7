import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../config';
import { generateInMemory } from './generateInMemory';

/**
 * SHA-256 over every demo file (sorted path, then bytes) as written by `pnpm run demo` before the
 * benchmark-only CT lesion (L5) was added to `--large`: the demo, its truth and every e2e/doc figure
 * built on it must not change when the large set does. Update only on a deliberate demo change.
 */
const DEMO_DIGEST = '87c9a830355086897f64bd40f580cea055d77113d7a60b9b52a2189b89bac1a2';

describe('demo set', () => {
  it('is byte-identical to the pinned demo (1458 files)', async () => {
    const { files } = await generateInMemory(demoConfig());
    const h = createHash('sha256');
    for (const p of [...files.keys()].sort()) h.update(p).update(files.get(p)!);
    expect(files.size).toBe(1458);
    expect(h.digest('hex')).toBe(DEMO_DIGEST);
  }, 120_000);
});
