import { describe, expect, it } from 'vitest';
import { parseCsv } from '../parseCsv';
import { parseManifest } from '../parseManifest';

const opts = { baseDir: '/data', task: 'measure' as const };

describe('parseCsv', () => {
  it('quoted fields hold commas, doubled quotes and newlines; records keep their start line', () => {
    const r = parseCsv('a,b\n"x,1","say ""hi"""\n\n"multi\nline",z\r\n');
    expect(r).toEqual({ ok: true, records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x,1', 'say "hi"'] }, { line: 4, fields: ['multi\nline', 'z'] }] });
  });
  it('an unterminated quote names its line', () => {
    expect(parseCsv('a\n"open\n')).toEqual({ ok: false, error: 'line 2: unterminated quoted field' });
  });
});

describe('parseManifest', () => {
  it('CSV rows → items with resolved paths and keys (id, else patient/timepoint, else path)', () => {
    const r = parseManifest('id,path,roi,patient,timepoint\n,s1;s1b,r.json,P1,base\nmine,/abs/s2,,,\n,s3,,,\n', 'csv', opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items.map((i) => i.key)).toEqual(['P1/base', 'mine', 's3']);
    expect(r.items[0]).toMatchObject({ lines: [2], paths: ['/data/s1', '/data/s1b'], roi: '/data/r.json', patient: 'P1', timepoint: 'base', study: null });
    expect(r.items[1].paths).toEqual(['/abs/s2']);
  });
  it('a DICOMweb study row', () => {
    const r = parseManifest('study,series\n1.2.3,1.2.3.4\n', 'csv', opts);
    expect(r.ok && r.items[0]).toMatchObject({ key: '1.2.3', study: '1.2.3', series: '1.2.3.4', paths: [] });
  });
  it('malformed rows are named by their file line', () => {
    expect(parseManifest('path,patient\ns1,P1\n\ns2\n', 'csv', opts)).toEqual({ ok: false, error: 'manifest line 4: 1 fields, the header has 2' });
    expect(parseManifest('path,patient\ns1,P1\n,P2\n', 'csv', opts)).toEqual({ ok: false, error: 'manifest line 3: give a path or a study (StudyInstanceUID)' });
    expect(parseManifest('study\n1.2.x\n', 'csv', opts)).toEqual({ ok: false, error: "manifest line 2: study '1.2.x' is not a DICOM UID" });
    expect(parseManifest('path,colour\ns\n', 'csv', opts)).toMatchObject({ ok: false, error: expect.stringMatching(/^manifest line 1: unknown column 'colour'/) });
    expect(parseManifest('path\ns1\ns1\n', 'csv', opts)).toMatchObject({ ok: false, error: expect.stringMatching(/^manifest line 3: duplicate item 's1' \(first on line 2\)/) });
  });
  it('JSON arrays (path as a list) and errors named by item', () => {
    const r = parseManifest(JSON.stringify({ items: [{ path: ['a', 'b'], patient: 'P' }] }), 'json', opts);
    expect(r.ok && r.items[0].paths).toEqual(['/data/a', '/data/b']);
    expect(parseManifest('[{"path":"a"},{"path":3,"roi":{}}]', 'json', opts)).toEqual({ ok: false, error: 'manifest item 2: roi must be a string' });
    expect(parseManifest('{', 'json', opts)).toMatchObject({ ok: false, error: expect.stringMatching(/^manifest is not valid JSON/) });
  });
  it('response: the rows of one patient are one item', () => {
    const r = parseManifest('path,patient,timepoint\nb.dcm,P1,base\nf.dcm,P1,fu1\nc.dcm,P2,base\n', 'csv', { baseDir: '/d', task: 'response' });
    expect(r.ok && r.items.map((i) => [i.key, i.paths, i.lines])).toEqual([['P1', ['/d/b.dcm', '/d/f.dcm'], [2, 3]], ['P2', ['/d/c.dcm'], [4]]]);
    expect(parseManifest('path\nb.dcm\n', 'csv', { baseDir: '/d', task: 'response' })).toEqual({ ok: false, error: 'manifest line 2: the response task needs a patient column' });
  });
});
