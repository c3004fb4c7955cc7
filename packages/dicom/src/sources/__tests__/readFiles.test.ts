import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeSlice } from '../../__fixtures__/writeDicom';
import type { EntryLike, FileLike } from '../readFiles';
import { readEntries, readFiles } from '../readFiles';
import { isZip, readZip } from '../readZip';

const dcm = (sop: string) => writeSlice({ sop, pixels: Int16Array.from([1, 2, 3, 4, 5, 6]) });
const file = (name: string, bytes: Uint8Array, rel = ''): FileLike => ({ name, webkitRelativePath: rel, arrayBuffer: async () => bytes.slice().buffer });
const text = new TextEncoder().encode('hello, not DICOM at all '.repeat(8));

describe('browser-style sources', () => {
  it('readZip: parses entries, skips folders/__MACOSX/DICOMDIR, reports bad entries by inner path', () => {
    const zip = zipSync({ 'study/a.dcm': dcm('1.1'), 'study/notes.txt': text, '__MACOSX/study/._a.dcm': text, 'DICOMDIR': text });
    expect(isZip(zip)).toBe(true);
    const r = readZip(zip, 'upload.zip');
    expect(r.instances.map((i) => i.file)).toEqual(['upload.zip/study/a.dcm']);
    expect(r.errors.map((e) => e.file)).toEqual(['upload.zip/study/notes.txt']);
    const broken = readZip(zip.subarray(0, 40), 'broken.zip');
    expect(broken.instances).toEqual([]);
    expect(broken.errors[0].file).toBe('broken.zip');
    expect(broken.errors[0].reason).toMatch(/^corrupt or unsupported \.zip archive/);
  });

  it('readFiles: files and zips together; unreadable files become errors', async () => {
    const unreadable: FileLike = { name: 'gone.dcm', arrayBuffer: async () => Promise.reject(new Error('NotReadableError')) };
    const r = await readFiles([file('a.dcm', dcm('2.1'), 'folder/a.dcm'), file('b.zip', zipSync({ 'b.dcm': dcm('2.2') })), file('x.txt', text), unreadable]);
    expect(r.instances.map((i) => i.file)).toEqual(['folder/a.dcm', 'b.zip/b.dcm']);
    expect(r.errors).toEqual([
      { file: 'x.txt', reason: expect.stringMatching(/not a DICOM file/) },
      { file: 'gone.dcm', reason: 'cannot read file: NotReadableError' },
    ]);
  });

  it('readEntries: walks dropped folders recursively, across readEntries batches', async () => {
    const leaf = (path: string, bytes: Uint8Array): EntryLike => ({
      isFile: true,
      isDirectory: false,
      fullPath: path,
      file: (ok) => ok(file(path.split('/').pop()!, bytes)),
    });
    const dir = (path: string, batches: EntryLike[][]): EntryLike => ({
      isFile: false,
      isDirectory: true,
      fullPath: path,
      createReader: () => {
        let i = 0;
        return { readEntries: (ok) => ok(batches[i++] ?? []) };
      },
    });
    const tree = dir('/drop', [[leaf('/drop/1.dcm', dcm('3.1'))], [dir('/drop/sub', [[leaf('/drop/sub/2.dcm', dcm('3.2')), leaf('/drop/sub/t.txt', text)]])]]);
    const r = await readEntries([tree]);
    expect(r.instances.map((i) => i.file).sort()).toEqual(['drop/1.dcm', 'drop/sub/2.dcm']);
    expect(r.errors.map((e) => e.file)).toEqual(['drop/sub/t.txt']);
  });
});
