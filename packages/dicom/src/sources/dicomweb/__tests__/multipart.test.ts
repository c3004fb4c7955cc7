import { describe, expect, it } from 'vitest';
import { boundaryOf, buildMultipart, parseMultipart } from '../multipart';

describe('multipart/related', () => {
  it('builds the STOW-RS body byte for byte', () => {
    const body = buildMultipart([new Uint8Array([1, 2]), new Uint8Array([13, 10, 45])], 'B');
    const text = new TextDecoder('latin1').decode(body);
    expect(text).toBe('--B\r\nContent-Type: application/dicom\r\n\r\n\x01\x02\r\n--B\r\nContent-Type: application/dicom\r\n\r\n\r\n-\r\n--B--\r\n');
  });

  it('parses what it builds, binary-safe (CRLF and dashes inside the parts)', () => {
    const a = new Uint8Array([0x2d, 0x2d, 0x0d, 0x0a, 0x00, 0xff]);
    const b = new Uint8Array(300).map((_, i) => i % 256);
    expect(parseMultipart(buildMultipart([a, b], 'xyz-123'), 'xyz-123')).toEqual([a, b]);
  });

  it('reads the boundary of a Content-Type, quoted or bare', () => {
    expect(boundaryOf('multipart/related; type="application/dicom"; boundary="abc:1"')).toBe('abc:1');
    expect(boundaryOf('multipart/related;boundary=zz;type=application/dicom')).toBe('zz');
    expect(boundaryOf('application/dicom')).toBeUndefined();
  });
});

describe('parseMultipart on a server response', () => {
  it('splits a WADO-RS body (CRLF inside a part kept), quoted boundary', () => {
    const body = new TextEncoder().encode('--XYZ\r\nContent-Type: application/dicom\r\n\r\nAB\r\nC\r\n--XYZ\r\nContent-Type: application/dicom\r\n\r\nDE\r\n--XYZ--\r\n');
    const b = boundaryOf('multipart/related; type="application/dicom"; boundary="XYZ"')!;
    expect(parseMultipart(body, b).map((p) => new TextDecoder().decode(p))).toEqual(['AB\r\nC', 'DE']);
  });
});
