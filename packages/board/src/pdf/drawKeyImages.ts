import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { wrapText } from './layout';

/** A key image for the PDF: PNG bytes and its caption (lesion, role, date, value; never identifiers). */
export interface PdfKeyImage {
  /** PNG bytes (re-encoded by pdf-lib: slower), or */
  readonly png?: Uint8Array;
  /** JPEG bytes (embedded as they are: the fast path for snapshots). */
  readonly jpg?: Uint8Array;
  readonly caption: string;
  /** Images of one lesion share a row (baseline, nadir, current); null/undefined: added views. */
  readonly lesion?: string | null;
}

export interface KeyImageLayout {
  readonly doc: PDFDocument;
  readonly font: PDFFont;
  /** Page size, margin, and a function adding a page with its heading (returns the top y). */
  readonly size: readonly [number, number];
  readonly margin: number;
  readonly newPage: (heading: string) => { page: PDFPage; y: number };
}

const COLUMNS = 3;
const GAP = 14;
const CAPTION_SIZE = 9;

/**
 * Key images on their own pages, three per row, one row per lesion (its baseline, nadir and current
 * side by side), each scaled to fit its cell with the caption as real text below it.
 */
export async function drawKeyImages(images: readonly PdfKeyImage[], l: KeyImageLayout): Promise<void> {
  if (!images.length) return;
  const rows: PdfKeyImage[][] = [];
  for (const im of images) {
    const last = rows[rows.length - 1];
    const key = im.lesion ?? null;
    if (last && last.length < COLUMNS && (last[0].lesion ?? null) === key) last.push(im);
    else rows.push([im]);
  }
  const [w] = l.size;
  const cellW = (w - 2 * l.margin - (COLUMNS - 1) * GAP) / COLUMNS;
  const cellH = cellW * 0.75;
  const rowH = cellH + 3 * (CAPTION_SIZE + 3) + GAP;
  let { page, y } = l.newPage('key images');
  for (const row of rows) {
    if (y - rowH < l.margin + 10) ({ page, y } = l.newPage('key images (continued)'));
    for (const [i, im] of row.entries()) {
      if (!im.jpg && !im.png) throw new Error(`key image "${im.caption}" has no pixels`);
      const png = im.jpg ? await l.doc.embedJpg(im.jpg) : await l.doc.embedPng(im.png!);
      const s = Math.min(cellW / png.width, cellH / png.height);
      const iw = png.width * s, ih = png.height * s;
      const x = l.margin + i * (cellW + GAP);
      page.drawImage(png, { x: x + (cellW - iw) / 2, y: y - cellH + (cellH - ih) / 2, width: iw, height: ih });
      let ty = y - cellH - CAPTION_SIZE - 2;
      for (const t of wrapText(im.caption, l.font, CAPTION_SIZE, cellW).slice(0, 3)) {
        page.drawText(t, { x, y: ty, size: CAPTION_SIZE, font: l.font });
        ty -= CAPTION_SIZE + 3;
      }
    }
    y -= rowH;
  }
}
