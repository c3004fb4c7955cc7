import type { PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import { winAnsi } from './winAnsi';

/** Most lines one table cell or paragraph may take: a 10 000-character DICOM value must not fill pages. */
export const MAX_LINES = 8;

/** A word longer than any real one; shorter words overflowing a narrow column keep the table's layout. */
const LONG_WORD = 32;

/** A word of more than 32 characters wider than maxWidth cut into pieces that fit (a hostile or garbage value). */
function splitWord(w: string, font: PDFFont, size: number, maxWidth: number): string[] {
  if (w.length <= LONG_WORD || font.widthOfTextAtSize(w, size) <= maxWidth) return [w];
  const out: string[] = [];
  let cur = '';
  for (const ch of w) {
    if (cur && font.widthOfTextAtSize(cur + ch, size) > maxWidth) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Splits text into lines no wider than maxWidth points (words kept whole unless wider than a line),
 * at most `maxLines` lines, the last ending in "..." when the text was cut.
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number, maxLines = MAX_LINES): string[] {
  const words = winAnsi(text, font).split(/\s+/).filter(Boolean).flatMap((w) => splitWord(w, font, size, maxWidth));
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && font.widthOfTextAtSize(next, size) > maxWidth) {
      lines.push(line);
      line = w;
      if (lines.length === maxLines) break;
    } else line = next;
  }
  if (line && lines.length < maxLines) lines.push(line);
  else if (line) {
    let last = lines[maxLines - 1];
    while (last && font.widthOfTextAtSize(`${last}...`, size) > maxWidth) last = last.slice(0, -1);
    lines[maxLines - 1] = `${last}...`;
  }
  return lines.length ? lines : [''];
}

export interface Column {
  readonly title: string;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

export interface TableStyle {
  readonly font: PDFFont;
  readonly bold: PDFFont;
  readonly size: number;
}

/**
 * Draws a table from its top-left (x, y) with real text, wrapping cells; returns the y below it,
 * or the index of the first row that did not fit above `bottom` (the caller continues on a new page).
 */
export function drawTable(page: PDFPage, x: number, y: number, columns: readonly Column[], rows: readonly (readonly string[])[], style: TableStyle, bottom: number): { y: number; drawn: number } {
  const lh = style.size * 1.3;
  const pad = 3;
  const header = columns.map((c) => wrapText(c.title, style.bold, style.size, c.width - 2 * pad));
  const headH = Math.max(...header.map((l) => l.length)) * lh + 2 * pad;
  page.drawRectangle({ x, y: y - headH, width: columns.reduce((s, c) => s + c.width, 0), height: headH, color: rgb(0.9, 0.92, 0.94) });
  let cx = x;
  columns.forEach((c, i) => {
    header[i].forEach((l, k) => page.drawText(l, { x: cx + pad, y: y - pad - (k + 1) * lh + 3, size: style.size, font: style.bold }));
    cx += c.width;
  });
  y -= headH;
  let drawn = 0;
  for (const row of rows) {
    const cells = columns.map((c, i) => wrapText(row[i] ?? '', style.font, style.size, c.width - 2 * pad));
    const h = Math.max(...cells.map((l) => l.length)) * lh + 2 * pad;
    if (y - h < bottom) break;
    cx = x;
    columns.forEach((c, i) => {
      cells[i].forEach((l, k) => {
        const tw = style.font.widthOfTextAtSize(l, style.size);
        page.drawText(l, { x: c.align === 'right' ? cx + c.width - pad - tw : cx + pad, y: y - pad - (k + 1) * lh + 3, size: style.size, font: style.font });
      });
      cx += c.width;
    });
    page.drawLine({ start: { x, y: y - h }, end: { x: cx, y: y - h }, thickness: 0.4, color: rgb(0.75, 0.78, 0.8) });
    y -= h;
    drawn++;
  }
  return { y, drawn };
}
