import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFixtureStudy } from './fixtureStudy';
import { runCaliper } from './helpers';

const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-empty-roi-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const [ct] = writeFixtureStudy(tmp, [{ uid: '2.25.7001', modality: 'CT', description: 'tiny CT', value: (k) => 10 * (k + 1) }]);
const roi = (name: string, spec: unknown): string => {
  const f = path.join(tmp, `${name}.json`);
  writeFileSync(f, JSON.stringify(spec));
  return f;
};

describe('caliper measure: an ROI holding no voxel centre is an error (exit 1), not null statistics', () => {
  it('sphere outside the image: one JSON document naming the series', async () => {
    const r = await runCaliper(['measure', ct, '--roi', roi('outside', { type: 'sphere', centerMm: [100, 100, 100], radiusMm: 5 }), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: 'ROI is empty: no voxel centre of tiny CT 2.25.7001 lies inside it' });
  });
  it('sphere inside the image but between voxel centres (radius 0.4 mm around [0.5, 0.5, 0])', async () => {
    const r = await runCaliper(['measure', ct, '--roi', roi('between', { type: 'sphere', centerMm: [0.5, 0.5, 0], radiusMm: 0.4 }), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatch(/^ROI is empty: no voxel centre of tiny CT/);
  });
  it('a sphere holding voxel centres still measures (control): slice 1 of 4×4 voxels at 20 HU', async () => {
    // Centre [1.5, 1.5, 2], radius 1 mm: the 4 voxel centres at (1|2, 1|2, 2) lie 0.707 mm away.
    const r = await runCaliper(['measure', ct, '--roi', roi('inside', { type: 'sphere', centerMm: [1.5, 1.5, 2], radiusMm: 1 }), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ unit: 'HU', voxelCount: 4, mean: 20, min: 20, max: 20 });
  });
});
