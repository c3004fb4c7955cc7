import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeSlice } from '../../__fixtures__/writeDicom';
import { crc32 } from '../../testing/fuzz/crc32';
import type { ZipEntry } from '../../testing/fuzz/writeZip';
import { writeZip } from '../../testing/fuzz/writeZip';
import { readZip } from '../readZip';

const dcm = (sop: string) => writeSlice({ sop, pixels: Int16Array.from([1, 2, 3, 4, 5, 6]) });
const stored = (name: string, bytes: Uint8Array): ZipEntry => ({ name, stored: bytes, method: 0, size: bytes.length, crc: crc32(bytes) });
const MiB = 1024 * 1024;
const zeros = new Uint8Array(4 * MiB);
const deflatedZeros = deflateSync(zeros, { level: 9 });
const zerosCrc = crc32(zeros);
const bomb = (name: string, size = zeros.length): ZipEntry => ({ name, stored: deflatedZeros, method: 8, size, crc: zerosCrc });

describe('readZip on hostile archives', () => {
  it('an overlapping-entry bomb: records sharing one stream are refused before inflating; the valid entry loads', () => {
    const zip = writeZip([bomb('zeros.dcm'), stored('ok.dcm', dcm('1.1')), ...Array.from({ length: 50 }, (_, k): ZipEntry => ({ ...bomb(`z${k}.dcm`), sameDataAs: 0 }))]);
    const r = readZip(zip, 'bomb.zip');
    expect(r.instances.map((i) => i.file)).toEqual(['bomb.zip/ok.dcm']);
    const overlaps = r.errors.filter((e) => /entries overlap/.test(e.reason));
    // The archive holds one 4 KiB stream: every record after the first pointing at it is refused.
    expect(overlaps.length).toBe(50);
    expect(overlaps[0]).toEqual({ file: 'bomb.zip/z0.dcm', reason: '.zip entries overlap (their compressed data add up to more than the archive): entry not read (zip bomb?)' });
    expect(r.errors.find((e) => e.file === 'bomb.zip/zeros.dcm')?.reason).toMatch(/not a DICOM file/);
  });

  it('sizes over the caps and forged ratios are refused by name, with the sizes', () => {
    const zip = writeZip([bomb('huge.dcm', 0xffffffff), bomb('forged.dcm', 600 * MiB), stored('ok.dcm', dcm('1.2'))]);
    const r = readZip(zip, 'a.zip');
    expect(r.instances.map((i) => i.file)).toEqual(['a.zip/ok.dcm']);
    expect(r.errors).toEqual([
      { file: 'a.zip/huge.dcm', reason: '.zip entry declares 4096 MiB uncompressed, over the 1024 MiB limit per entry (zip bomb?)' },
      { file: 'a.zip/forged.dcm', reason: `.zip entry declares 600 MiB from ${(deflatedZeros.length / MiB).toFixed(3)} MiB compressed, more than deflate can expand (corrupt header or zip bomb)` },
    ]);
    const capped = readZip(zipSync({ 'a.dcm': dcm('1.3'), 'b.dcm': dcm('1.4') }), 'c.zip', { maxEntryBytes: 1 * MiB, maxTotalBytes: dcm('1.3').length + 10 });
    expect(capped.instances.map((i) => i.file)).toEqual(['c.zip/a.dcm']);
    expect(capped.errors[0]).toEqual({ file: 'c.zip/b.dcm', reason: '.zip expands to more than the 0.000 MiB limit per archive: entry not read (zip bomb?)' });
  });

  it('zip-slip names are refused, odd but harmless names load, control characters are made inert', () => {
    const names = ['../../etc/x.dcm', '/abs.dcm', 'C:\\w.dcm', 'a/../../b.dcm', 'nul\0.dcm', '\u202egnp.dcm', 'ünï/名前.dcm', 'tab\there.dcm'];
    const r = readZip(writeZip(names.map((n, i) => stored(n, dcm(`2.${i}`)))), 'z.zip');
    expect(r.instances.map((i) => i.file)).toEqual(['z.zip/\u202egnp.dcm', 'z.zip/ünï/名前.dcm', 'z.zip/tab\ufffdhere.dcm']);
    expect(r.errors.map((e) => [e.file, e.reason])).toEqual([
      ['z.zip/../../etc/x.dcm', "unsafe path in .zip (a '..' segment): entry not read"],
      ['z.zip//abs.dcm', 'unsafe path in .zip (an absolute path): entry not read'],
      ['z.zip/C:\\w.dcm', 'unsafe path in .zip (an absolute path): entry not read'],
      ['z.zip/a/../../b.dcm', "unsafe path in .zip (a '..' segment): entry not read"],
      ['z.zip/nul\ufffd.dcm', 'unsafe path in .zip (a NUL character): entry not read'],
    ]);
  });

  it('an end record declaring 65 535 entries in a 1-entry archive is a named corrupt archive, at once', () => {
    const t0 = performance.now();
    const r = readZip(writeZip([stored('ok.dcm', dcm('3.1'))], 0xffff), 'count.zip');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r.instances).toEqual([]);
    expect(r.errors).toEqual([{ file: 'count.zip', reason: 'corrupt or unsupported .zip archive: the archive declares more entries than it can hold' }]);
  });
});
