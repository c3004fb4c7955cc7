import type { PDFFont } from 'pdf-lib';
import { cleanText } from '@caliper/core';

const REPLACE: Record<string, string> = {
  '\u2212': '-', '\u2013': '-', '\u2014': '-', '\u2265': '>=', '\u2264': '<=', '\u207B': '^-', '\u00B3': '3', '\u2192': '->',
  '\u2190': '<-', '\u2026': '...', '\u2009': ' ', '\u202F': ' ', '\u00A0': ' ', '\u2248': '~',
};

/**
 * Text the PDF's standard fonts can encode (WinAnsi): the few typographic characters Caliper
 * writes (minus sign, ≥, superscript minus, arrows) become their ASCII spelling; anything else
 * unencodable becomes '?' rather than failing the export. Untrusted text (DICOM names, labels) is
 * cleaned first: bidi controls and invisible characters dropped, control characters as a space.
 */
export function winAnsi(text: string, font: PDFFont): string {
  const ok = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of cleanText(text)) {
    const cp = ch.codePointAt(0) as number;
    if (ok.has(cp)) out += ch;
    else if (REPLACE[ch] !== undefined) out += REPLACE[ch];
    else if (ch === '\n' || ch === '\t') out += ' ';
    else out += '?';
  }
  return out;
}
