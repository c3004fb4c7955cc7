import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { MAX_LINES, wrapText } from '../layout';
import { winAnsi } from '../winAnsi';

const doc = await PDFDocument.create();
const font = await doc.embedFont(StandardFonts.Helvetica);

describe('PDF text from untrusted values', () => {
  it('winAnsi drops bidi controls instead of printing "?" (the text reads as stored, not reordered)', () => {
    expect(winAnsi('Doe\u202E^John\u2066x\u2069', font)).toBe('Doe^Johnx');
  });
  it('a 10 000-character word is cut into lines that fit, at most 8, the last ending in "..."', () => {
    const lines = wrapText('W'.repeat(10_000), font, 10, 100);
    expect(lines).toHaveLength(MAX_LINES);
    for (const l of lines) expect(font.widthOfTextAtSize(l, 10)).toBeLessThanOrEqual(100);
    expect(lines[MAX_LINES - 1].endsWith('...')).toBe(true);
    // Helvetica W is 0.944 em: 10 pt → 9.44 pt, so 10 fit in 100 pt.
    expect(lines[0]).toBe('W'.repeat(10));
  });
  it('short text is unchanged', () => {
    expect(wrapText('Liver 1', font, 10, 100)).toEqual(['Liver 1']);
  });
});
