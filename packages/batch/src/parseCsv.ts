/** One CSV record with the 1-based file line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * RFC 4180 CSV → records (quoted fields may hold commas, quotes as "" and newlines). Blank lines
 * are dropped. Returns an error naming the line of an unterminated quote.
 */
export function parseCsv(text: string): { ok: true; records: CsvRecord[] } | { ok: false; error: string } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let sawAny = false;
  const endRecord = () => {
    fields.push(field);
    if (sawAny || fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
    sawAny = false;
  };
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
      sawAny = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      sawAny = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += c;
      sawAny = true;
    }
  }
  if (quoted) return { ok: false, error: `line ${start}: unterminated quoted field` };
  if (field !== '' || fields.length > 0 || sawAny) endRecord();
  return { ok: true, records };
}
