import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Rows of one OSIPI DCE-DSC-MRI_CodeCollection test CSV (gzip, UTF-8 with BOM); array cells stay strings. */
export function readOsipiCsv(dir: string, file: string): Record<string, string>[] {
  const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').replace(/^\uFEFF/, '');
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const names = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
}

/** A space-separated array cell. */
export const cellArray = (s: string): Float64Array => Float64Array.from(s.trim().split(/\s+/).map(Number));

/** OSIPI's tolerance rule (pytest assert_allclose): |got − ref| ≤ a + r·|ref|. */
export const withinOsipi = (got: number, ref: number, a: number, r: number): boolean => Math.abs(got - ref) <= a + r * Math.abs(ref);
