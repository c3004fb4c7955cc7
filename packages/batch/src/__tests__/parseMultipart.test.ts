import { describe, expect, it } from 'vitest';
import { parseMultipart } from '../parseMultipart';

describe('parseMultipart', () => {
  it('splits a WADO-RS multipart/related body into the part bytes', () => {
    const body = new TextEncoder().encode('--XYZ\r\nContent-Type: application/dicom\r\n\r\nAB\r\nC\r\n--XYZ\r\nContent-Type: application/dicom\r\n\r\nDE\r\n--XYZ--\r\n');
    const parts = parseMultipart(body, 'multipart/related; type="application/dicom"; boundary=XYZ');
    expect(parts.map((p) => new TextDecoder().decode(p))).toEqual(['AB\r\nC', 'DE']);
  });
  it('a quoted boundary; no boundary throws', () => {
    const body = new TextEncoder().encode('--b1\r\n\r\nX\r\n--b1--');
    expect(parseMultipart(body, 'multipart/related; boundary="b1"').length).toBe(1);
    expect(() => parseMultipart(body, 'application/dicom')).toThrow(/no multipart boundary/);
  });
});
