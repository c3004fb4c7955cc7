import type { PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import { winAnsi } from './winAnsi';

/** Splits text into lines no wider than maxWidth points (words kept whole). */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const words = winAnsi(text, font).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && font.widthOfTextAtSize(next, size) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
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
