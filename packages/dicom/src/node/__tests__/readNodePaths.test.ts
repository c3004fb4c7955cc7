import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSlice } from '../../__fixtures__/writeDicom';
import { readNodePaths } from '../readNodePaths';

describe('readNodePaths', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caliper-dicom-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads folders recursively, expands zips, skips hidden files, reports bad paths', async () => {
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    const px = Int16Array.from([1, 2, 3, 4, 5, 6]);
    writeFileSync(path.join(dir, 'a/one.dcm'), writeSlice({ sop: '8.1', pixels: px }));
    writeFileSync(path.join(dir, 'a/b/two'), writeSlice({ sop: '8.2', pixels: px }));
    writeFileSync(path.join(dir, 'a/b/.DS_Store'), 'junk');
    writeFileSync(path.join(dir, 'a/z.zip'), zipSync({ 'three.dcm': writeSlice({ sop: '8.3', pixels: px }) }));
    writeFileSync(path.join(dir, 'a/readme.txt'), 'not dicom, just some text that is long enough to sniff'.repeat(4));
    const missing = path.join(dir, 'nope');
    const r = await readNodePaths([path.join(dir, 'a'), missing]);
    expect(r.instances.map((i) => i.sopInstanceUID).sort()).toEqual(['8.1', '8.2', '8.3']);
    expect(r.instances.find((i) => i.sopInstanceUID === '8.3')!.file).toBe(path.join(dir, 'a/z.zip/three.dcm'));
    expect(r.errors.map((e) => e.file).sort()).toEqual([path.join(dir, 'a/readme.txt'), missing].sort());
    expect(r.errors.find((e) => e.file === missing)!.reason).toBe(`no such file or directory: ${missing}`);
  });
});
