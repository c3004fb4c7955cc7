import { writeHostileBatch } from '@caliper/dicom/testing/fuzz/writeHostileBatch';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 16, hostile input through the CLI: a folder of mutated files (every fuzz kind, fixed
// seed, seeds made in code) beside valid ones. Needs no ../shared.
const repoRoot = path.resolve(__dirname, '../../../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'caliper-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface InfoJson {
  series: { instances?: { file: string; pixelMd5: string | null }[] }[];
  errors: { file: string; reason: string }[];
}

// Names as the CLI prints them, relative to the folder (no path normalisation: '//x' must stay).
const inDir = (dir: string, file: string) => (file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file);

function info(dir: string) {
  const t0 = Date.now();
  const r = spawnSync('pnpm', ['--silent', 'caliper', 'info', dir, '--json', '--pixels'], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  return { code: r.status, doc: JSON.parse(r.stdout) as InfoJson, seconds: (Date.now() - t0) / 1000 };
}

describe('caliper info on hostile files (spawned CLI)', () => {
  it('mutated + valid files: exit 0, each refused file named with its reason, every valid file read and decoded', async () => {
    const dir = path.join(tmp, 'mixed');
    const { files, seeds } = await writeHostileBatch(dir, { seed: 16, perKind: 3 });
    for (const s of seeds) writeFileSync(path.join(dir, `valid-${s.name}`), s.bytes);
    const { code, doc, seconds } = info(dir);
    expect(code).toBe(0);
    expect(seconds).toBeLessThan(60);
    const errorFiles = new Set(doc.errors.map((e) => inDir(dir, e.file)));
    for (const e of doc.errors) expect(e.reason.length, e.file).toBeGreaterThan(10);
    // Everything the parser refuses in-process is named by the CLI too, file by file (archive entries as zip/entry).
    for (const f of files) for (const name of f.refused) expect(errorFiles.has(name), `${name} (${f.kind}: ${f.detail})`).toBe(true);
    // No hostile file vanishes: each is an error or a listed instance.
    const instances = doc.series.flatMap((s) => s.instances ?? []);
    const listed = new Set(instances.map((i) => inDir(dir, i.file)));
    for (const f of files) {
      const seen = [...errorFiles, ...listed].some((n) => n === f.file || n.startsWith(`${f.file}/`));
      expect(seen, `${f.file} (${f.kind}: ${f.detail}) neither read nor reported`).toBe(true);
    }
    // The valid files of the batch: read, and decoded to pixels.
    for (const s of seeds) {
      const hit = instances.find((i) => inDir(dir, i.file) === `valid-${s.name}`);
      expect(hit?.pixelMd5, s.name).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(files.length).toBe(33);
    expect(files.filter((f) => f.refused.length > 0).length).toBeGreaterThanOrEqual(15);
  }, 180_000);

  it('only hostile files: exit 1 (nothing usable), still one JSON document naming every file', async () => {
    const dir = path.join(tmp, 'bad');
    const batch = await writeHostileBatch(dir, { seed: 7, perKind: 4, kinds: ['truncate', 'huge-length', 'transfer-syntax'] });
    // Keep the files refused while parsing (a file that parses but fails to decode still lists a series).
    for (const f of batch.files) if (f.refused.length === 0) unlinkSync(path.join(dir, f.file));
    const files = batch.files.filter((f) => f.refused.length > 0);
    expect(files.length).toBeGreaterThanOrEqual(8);
    const { code, doc } = info(dir);
    expect(code).toBe(1);
    expect(doc.series).toEqual([]);
    expect(doc.errors.map((e) => inDir(dir, e.file)).sort()).toEqual(files.map((f) => f.file).sort());
  }, 120_000);
});
