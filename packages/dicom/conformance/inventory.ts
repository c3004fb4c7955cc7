import { readFileSync } from 'node:fs';

/** One row of dicom-samples/inventory.csv (columns named in its header). */
export type InventoryRow = Readonly<Record<string, string>>;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

export function readInventory(path: string): InventoryRow[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Expected MD5: the row's own, else (lossless variants) that of its lossless_reference_file. */
export function expectedMd5(row: InventoryRow, all: readonly InventoryRow[]): string | undefined {
  if (row.decoded_pixel_md5) return row.decoded_pixel_md5;
  if (/LOSSY/i.test(row.lossless_reference_file)) return undefined;
  return all.find((r) => r.file === row.lossless_reference_file)?.decoded_pixel_md5 || undefined;
}

/** The reference file a lossy row is compared to approximately ("compare approximately to X"). */
export function lossyReference(row: InventoryRow): string | undefined {
  return /compare approximately to (\S+\.dcm)/.exec(row.lossless_reference_file)?.[1];
}
