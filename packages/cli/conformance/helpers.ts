import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import type { DataSet } from 'dicom-parser';

import { referenceDir, referenceRoot, repoRoot, unpack } from '@caliper/dicom/testing/referenceData';

export { referenceDir, referenceRoot, repoRoot, unpack };

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
