import { describe, expect, it } from 'vitest';
import { cleanText } from '../cleanText';
import { csvCell } from '../csvCell';
import { displayText, truncateText } from '../displayText';
import { safeFileName } from '../safeFileName';

describe('cleanText', () => {
  it('removes bidi overrides, isolates and marks (Trojan Source)', () => {
    expect(cleanText('Smith\u202Egnp.exe')).toBe('Smithgnp.exe');
    expect(cleanText('\u2066a\u2067b\u2068c\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D')).toBe('abc');
  });
  it('shows control characters and runs of white space as one space, trimmed', () => {
    expect(cleanText('  Doe^John\r\n\tX\u0000Y\u0085Z\u2028 ')).toBe('Doe^John X Y Z');
  });
  it('removes invisible characters and replaces lone surrogates', () => {
    expect(cleanText('a\u200Bb\uFEFFc\u00ADd')).toBe('abcd');
    expect(cleanText('x\uD800y')).toBe('x\uFFFDy');
    expect(cleanText('😀')).toBe('😀'); // a real pair is kept
  });
  it('keeps markup as text (it is never parsed)', () => {
    expect(cleanText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
  it('maps undefined/null to "" and numbers to text', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(null)).toBe('');
    expect(cleanText(42)).toBe('42');
  });
});

describe('displayText', () => {
  it('cuts a 10 000-character value to 64 code points ending in an ellipsis, tooltip at 1024', () => {
    const d = displayText('A'.repeat(10_000));
    expect(d.text).toBe('A'.repeat(63) + '…');
    expect(Array.from(d.text)).toHaveLength(64);
    expect(d.full).toBe('A'.repeat(1023) + '…');
    expect(d.truncated).toBe(true);
  });
  it('leaves a short value whole', () => {
    expect(displayText('CT 2mm')).toEqual({ text: 'CT 2mm', full: 'CT 2mm', truncated: false });
  });
  it('never splits a surrogate pair', () => {
    expect(truncateText('😀😀😀😀', 3)).toBe('😀😀…');
  });
  it('counts the length after cleaning', () => {
    expect(displayText('\u202E'.repeat(100) + 'abc', { max: 5 })).toEqual({ text: 'abc', full: 'abc', truncated: false });
  });
});

describe('safeFileName', () => {
  it('keeps ASCII letters, digits, - and _; keeps the extension', () => {
    expect(safeFileName('Case 3, lung lesions.csv')).toBe('Case-3-lung-lesions.csv');
  });
  it('defuses path traversal, markup and bidi tricks', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('<script>alert(1)</script>.pdf')).toBe('script-alert-1-script.pdf');
    expect(safeFileName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
  });
  it('drops accents, caps the length keeping the extension, falls back when nothing is left', () => {
    expect(safeFileName('Müller.json')).toBe('Muller.json');
    const long = safeFileName('x'.repeat(10_000) + '.pdf');
    expect(long).toBe('x'.repeat(96) + '.pdf');
    expect(safeFileName('\u202E<>.csv')).toBe('caliper.csv');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
  });
});

describe('csvCell', () => {
  it('neutralises formula starts, keeps numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-612.3')).toBe('-612.3');
    expect(csvCell(-612.3)).toBe('-612.3');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });
});
