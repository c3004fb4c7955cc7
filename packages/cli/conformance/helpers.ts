import { execFile } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dicomParser from 'dicom-parser';
import type { DataSet } from 'dicom-parser';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const referenceRoot = path.resolve(repoRoot, '../shared/reference-data');

/** Folder of a reference data set, or undefined (with a console note) when absent. */
export function referenceDir(name: string): string | undefined {
  const dir = path.join(referenceRoot, name);
  if (!existsSync(dir)) {
    console.warn(`[skip] reference data ${dir} absent`);
    return undefined;
  }
  return dir;
}

/** Unpacks a .tar.gz once into a temp cache folder and returns that folder. */
export function unpack(archive: string): string {
  const out = path.join(tmpdir(), 'caliper-ref', path.basename(archive).replace(/\.tar\.gz$/, ''));
  if (!existsSync(path.join(out, '.done'))) {
    mkdirSync(out, { recursive: true });
    execFileSync('tar', ['xzf', archive, '-C', out]);
    execFileSync('touch', [path.join(out, '.done')]);
  }
  return out;
}

/** Runs `pnpm --silent caliper <args>` from the repo root; resolves with exit code and outputs. */
export function runCaliper(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('pnpm', ['--silent', 'caliper', ...args], { cwd: repoRoot, maxBuffer: 64 << 20 }, (e, stdout, stderr) => {
      resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Every DICOM file under `dir` parsed with dicom-parser. */
export function readDicomDir(dir: string): { file: string; ds: DataSet }[] {
  return readdirSync(dir)
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((file) => ({ file, ds: dicomParser.parseDicom(new Uint8Array(readFileSync(file))) }));
}

/** Rescaled pixel values of an uncompressed single-frame 16-bit image. */
export function pixelValues(ds: DataSet): Float64Array {
  const el = ds.elements.x7fe00010;
  const signed = ds.uint16('x00280103') === 1;
  const n = el.length / 2;
  const off = ds.byteArray.byteOffset + el.dataOffset;
  const copy = ds.byteArray.buffer.slice(off, off + el.length);
  const raw = signed ? new Int16Array(copy, 0, n) : new Uint16Array(copy, 0, n);
  const m = Number(ds.string('x00281053') ?? 1);
  const b = Number(ds.string('x00281052') ?? 0);
  return Float64Array.from(raw, (v) => v * m + b);
}

export function median(values: ArrayLike<number>): number {
  const s = Float64Array.from(values).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
