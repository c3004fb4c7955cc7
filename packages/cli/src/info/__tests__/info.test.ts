import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../../../..');
const samples = path.resolve(repoRoot, '../shared/reference-data/dicom-samples');
const present = existsSync(path.join(samples, 'inventory.csv'));
if (!present) console.warn(`[caliper info] skipped: ${samples} not found`);

function caliper(...args: string[]) {
  const r = spawnSync('pnpm', ['--silent', 'caliper', 'info', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface InfoJson {
  series: {
    seriesInstanceUID: string;
    modality: string;
    rows: number;
    columns: number;
    slices: number;
    spacingMm: (number | null)[];
    orientationPatient: number[] | null;
    transferSyntaxes: string[];
    units: string;
    instances?: { sopInstanceUID: string; file: string; pixelMd5: string | null }[];
  }[];
  errors: { file: string; reason: string }[];
}

/** file → expected md5 from inventory.csv (own md5, else its lossless reference's). */
function inventoryMd5s(): Map<string, string> {
  const lines = readFileSync(path.join(samples, 'inventory.csv'), 'utf8').trim().split('\n').slice(1);
  const own = new Map<string, string>();
  for (const l of lines) {
    const m = /,([0-9a-f]{32}),/.exec(l);
    if (m) own.set(l.split(',')[0], m[1]);
  }
  const out = new Map<string, string>();
  for (const l of lines) {
    const file = l.split(',')[0];
    const ref = /,((?:pydicom|dicomParser)\/[^,"]+\.dcm),/.exec(l)?.[1];
    const md5 = own.get(file) ?? (ref && !/LOSSY/.test(l) ? own.get(ref) : undefined);
    if (md5) out.set(file, md5);
  }
  return out;
}

describe.skipIf(!present)('caliper info (spawned CLI)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'caliper-info-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('--json --pixels over dicom-samples: one JSON document, every lossless file at its inventory MD5', () => {
    const r = caliper(samples, '--json', '--pixels');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as InfoJson;
    const got = new Map(doc.series.flatMap((s) => s.instances ?? []).map((i) => [path.relative(samples, i.file), i.pixelMd5]));
    const want = inventoryMd5s();
    expect(want.size).toBe(27);
    for (const [file, md5] of want) expect(got.get(file), file).toBe(md5);
    const ct = doc.series.find((s) => s.seriesInstanceUID === '1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322')!;
    expect(ct).toMatchObject({ modality: 'CT', rows: 128, columns: 128, slices: 1, units: 'HU', spacingMm: [0.661468, 0.661468, 5] });
    expect(ct.orientationPatient).toEqual([1, 0, 0, 0, 1, 0]);
    expect(ct.transferSyntaxes).toEqual(['Explicit VR Little Endian (1.2.840.10008.1.2.1)']);
    // The two lossy 12-bit JPEG files decode too (no exact MD5 to compare): every file has an MD5.
    expect(got.size).toBe(29);
    expect([...got.values()].every((m) => m !== null && /^[0-9a-f]{32}$/.test(m))).toBe(true);
    expect(doc.errors.map((e) => path.basename(e.file)).sort()).toEqual(['README.md', 'inventory.csv']);
  });

  it('a folder with a corrupt, a truncated and a non-DICOM file: the good file loads, errors name the others', () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    copyFileSync(path.join(samples, 'pydicom/CT_small.dcm'), path.join(dir, 'sub/good.dcm'));
    const ct = readFileSync(path.join(samples, 'pydicom/CT_small.dcm'));
    writeFileSync(path.join(dir, 'truncated.dcm'), ct.subarray(0, 20_000));
    writeFileSync(path.join(dir, 'notes.txt'), 'this is not a DICOM file\n'.repeat(10));
    // Bogus length: Patient's Name (0010,0010) 'PN' claims 0xFFF0 bytes.
    const bogus = Buffer.from(readFileSync(path.join(samples, 'pydicom/MR_small.dcm')));
    const at = bogus.indexOf(Buffer.from([0x10, 0x00, 0x10, 0x00, 0x50, 0x4e]));
    bogus.writeUInt16LE(0xfff0, at + 6);
    writeFileSync(path.join(dir, 'bogus.dcm'), bogus);
    const r = caliper(dir, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as InfoJson;
    expect(doc.series.map((s) => s.modality)).toEqual(['CT']);
    const reasons = new Map(doc.errors.map((e) => [path.basename(e.file), e.reason]));
    expect([...reasons.keys()].sort()).toEqual(['bogus.dcm', 'notes.txt', 'truncated.dcm']);
    expect(reasons.get('notes.txt')).toMatch(/not a DICOM file/);
    expect(reasons.get('truncated.dcm')).toMatch(/truncated/);
    expect(reasons.get('bogus.dcm')).toMatch(/length|truncated|corrupt/);
  });

  it('without --json prints a table to stdout and errors after it', () => {
    const r = caliper(path.join(samples, 'pydicom/CT_small.dcm'), path.join(samples, 'README.md'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^modality\s+size\s+slices/);
    expect(r.stdout).toMatch(/CT\s+128x128\s+1\s+0\.661, 0\.661, 5\s+HU/);
    expect(r.stdout).toMatch(/README\.md: not a DICOM file/);
  });

  it('a missing path: exit 1, the reason says "no such file or directory: <path>" (no ENOENT jargon)', () => {
    const missing = path.join(tmp, 'no-such-study');
    const r = caliper(missing, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ series: [], errors: [{ file: missing, reason: `no such file or directory: ${missing}` }] });
  });

  it('no paths is a usage error (exit 2, nothing on stdout)', () => {
    const r = caliper('--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
