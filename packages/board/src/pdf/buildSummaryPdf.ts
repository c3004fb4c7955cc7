import type { PDFFont, PDFPage } from 'pdf-lib';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { CaseSummary } from '../model/types';
import { biomarkerSpec } from '../specs/biomarkerSpec';
import { spiderSpec } from '../specs/spiderSpec';
import { sumSpec } from '../specs/sumSpec';
import { waterfallSpec } from '../specs/waterfallSpec';
import { renderSvg } from '../render/renderSvg';
import { drawSvg } from './drawSvg';
import type { PdfKeyImage } from './drawKeyImages';
import { drawKeyImages } from './drawKeyImages';
import type { Column } from './layout';
import { drawTable, wrapText } from './layout';
import { methodsOf } from './methods';
import { winAnsi } from './winAnsi';

export type Paper = 'a4' | 'letter';

/** Landscape page sizes in PDF points. */
export const PAPER: Record<Paper, [number, number]> = { a4: [841.89, 595.28], letter: [792, 612] };

export interface SummaryPdfOptions {
  readonly paper?: Paper;
  /** Caliper version printed in the footer. */
  readonly version: string;
  /** Patient identifiers (name, ID, birth date…); printed only with includeIdentifiers. */
  readonly identifiers?: Readonly<Record<string, string>>;
  readonly includeIdentifiers?: boolean;
  /** Creation date written in the document (default now); fixed in tests. */
  readonly now?: Date;
  /** Key images (PNG): a page of them after the plots, one row per lesion. */
  readonly keyImages?: readonly PdfKeyImage[];
}

const MARGIN = 36;
const fmt = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined ? '' : Number(v.toFixed(digits)).toString());
const pct = (v: number | null): string => (v === null ? '' : `${v > 0 ? '+' : ''}${v.toFixed(1)} %`);

interface Ctx {
  doc: PDFDocument;
  font: PDFFont;
  bold: PDFFont;
  size: [number, number];
  pages: PDFPage[];
  summary: CaseSummary;
  options: SummaryPdfOptions;
}

function newPage(ctx: Ctx, heading: string): { page: PDFPage; y: number } {
  const page = ctx.doc.addPage(ctx.size);
  ctx.pages.push(page);
  const [w, h] = ctx.size;
  page.drawText(winAnsi(`${ctx.summary.label}: ${heading}`, ctx.bold), { x: MARGIN, y: h - MARGIN - 14, size: 16, font: ctx.bold });
  page.drawText(winAnsi(`Criteria ${ctx.summary.criteria}`, ctx.font), { x: w - MARGIN - ctx.font.widthOfTextAtSize(`Criteria ${ctx.summary.criteria}`, 10), y: h - MARGIN - 12, size: 10, font: ctx.font });
  return { page, y: h - MARGIN - 30 };
}

/**
 * The tumour-board PDF summary (landscape A4 or Letter): case label, timeline with categories and
 * deciding rules, the plots as vector graphics (Vega SVG → PDF paths and real text), the
 * per-lesion table, criteria, Caliper version and the method of each number. No identifier
 * appears unless includeIdentifiers is set (title and metadata carry the case label only).
 */
export async function buildSummaryPdf(summary: CaseSummary, options: SummaryPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const ctx: Ctx = {
    doc, font: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold),
    size: PAPER[options.paper ?? 'a4'], pages: [], summary, options,
  };
  const [w] = ctx.size;
  const now = options.now ?? new Date();
  doc.setTitle(`Caliper tumour-board summary: ${summary.label}`);
  doc.setSubject(`Response under ${summary.criteria}`);
  doc.setCreator(`Caliper ${options.version}`);
  doc.setProducer(`Caliper ${options.version} (pdf-lib)`);
  doc.setAuthor('');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  // Page 1: timeline + spider + sum.
  let { page, y } = newPage(ctx, 'tumour-board summary');
  const bor = summary.bestOverallResponse;
  const lines = [`Best overall response: ${bor.response}${bor.date ? ` (${bor.date})` : ''}. ${bor.reasons.join('; ')}`];
  for (const t of summary.therapies) lines.push(`Therapy: ${t.name}, ${t.start} (day ${t.startDay}) to ${t.stop ? `${t.stop} (day ${t.stopDay})` : 'ongoing'}`);
  if (options.includeIdentifiers && options.identifiers) lines.push(Object.entries(options.identifiers).map(([k, v]) => `${k}: ${v}`).join('   '));
  for (const l of lines) for (const t of wrapText(l, ctx.font, 11, w - 2 * MARGIN)) {
    page.drawText(t, { x: MARGIN, y, size: 11, font: ctx.font });
    y -= 15;
  }
  y -= 4;
  const q = summary.quantity;
  const tlCols: Column[] = [
    { title: 'Date', width: 70 }, { title: 'Day', width: 40, align: 'right' }, { title: 'Category', width: 70 },
    { title: `${q.label} (${q.unit})`, width: 95, align: 'right' }, { title: 'vs baseline', width: 70, align: 'right' }, { title: 'vs nadir', width: 62, align: 'right' },
    { title: 'Deciding rule', width: w - 2 * MARGIN - 407 },
  ];
  const tlRows = summary.timeline.map((t) => [t.date, String(t.daysFromBaseline), t.baseline ? 'Baseline' : t.response, fmt(t.value, 2), pct(t.changeFromBaselinePct), pct(t.changeFromNadirPct), t.baseline ? '' : t.reasons.join('; ')]);
  const style = { font: ctx.font, bold: ctx.bold, size: 9.5 };
  let r = drawTable(page, MARGIN, y, tlCols, tlRows, style, MARGIN + 20);
  let rest = tlRows.slice(r.drawn);
  while (rest.length) {
    ({ page, y } = newPage(ctx, 'timeline (continued)'));
    r = drawTable(page, MARGIN, y, tlCols, rest, style, MARGIN + 20);
    rest = rest.slice(Math.max(1, r.drawn));
  }
  y = r.y - 12;
  const fonts = { regular: ctx.font, bold: ctx.bold };
  const plotW = (w - 2 * MARGIN - 20) / 2;
  if (y - MARGIN - 20 < 160) ({ page, y } = newPage(ctx, 'plots'));
  const plotH = Math.min(y - MARGIN - 20, 300);
  drawSvg(page, await renderSvg(spiderSpec(summary, { theme: 'light' })), { x: MARGIN, y: y - plotH, width: plotW, height: plotH }, fonts);
  drawSvg(page, await renderSvg(sumSpec(summary, { theme: 'light' })), { x: MARGIN + plotW + 20, y: y - plotH, width: plotW, height: plotH }, fonts);

  // Page 2: waterfall + biomarker trends.
  ({ page, y } = newPage(ctx, 'plots'));
  const h2 = y - MARGIN - 20;
  drawSvg(page, await renderSvg(waterfallSpec(summary, { theme: 'light' })), { x: MARGIN, y: y - h2 * 0.6, width: plotW, height: h2 * 0.6 }, fonts);
  const bio = biomarkerSpec(summary, { theme: 'light' });
  if (bio) drawSvg(page, await renderSvg(bio), { x: MARGIN + plotW + 20, y: y - h2, width: plotW, height: h2 }, fonts);
  if (summary.excluded.length) {
    let ey = y - h2 * 0.6 - 20;
    for (const e of summary.excluded) for (const t of wrapText(`${e.id} left out of the plots: ${e.reason}`, ctx.font, 10, plotW)) {
      page.drawText(t, { x: MARGIN, y: ey, size: 10, font: ctx.font });
      ey -= 13;
    }
  }

  await drawKeyImages(options.keyImages ?? [], { doc, font: ctx.font, size: ctx.size, margin: MARGIN, newPage: (h) => newPage(ctx, h) });

  // Then: per-lesion table, then methods.
  ({ page, y } = newPage(ctx, 'lesions'));
  const lesCols: Column[] = [
    { title: 'Lesion', width: 44 }, { title: 'Role', width: 58 }, { title: 'Organ', width: 70 }, { title: 'Date', width: 66 }, { title: 'Status', width: 78 },
    { title: 'Long (mm)', width: 50, align: 'right' }, { title: 'Short (mm)', width: 50, align: 'right' }, { title: 'Volume (mL)', width: 56, align: 'right' },
    { title: 'SULpeak (SUL)', width: 56, align: 'right' }, { title: 'SUVmax (SUVbw)', width: 56, align: 'right' }, { title: 'ADC (10^-3 mm2/s)', width: 62, align: 'right' },
    { title: `Value (${q.unit})`, width: 54, align: 'right' }, { title: '% vs baseline', width: w - 2 * MARGIN - 700, align: 'right' },
  ];
  let lesRows = summary.table.map((t) => [t.id, t.role, t.organ ?? '', t.date, t.status, fmt(t.values.longMm), fmt(t.values.shortMm), fmt(t.values.volumeMl, 2), fmt(t.values.sulPeak, 2), fmt(t.values.suvMax, 2), fmt(t.values.adcMean, 3), fmt(t.value, 2), pct(t.pct)]);
  for (;;) {
    r = drawTable(page, MARGIN, y, lesCols, lesRows, style, MARGIN + 20);
    lesRows = lesRows.slice(Math.max(1, r.drawn));
    if (!lesRows.length) break;
    ({ page, y } = newPage(ctx, 'lesions (continued)'));
  }
  y = r.y - 18;
  const methods = ['Method of each number', ...methodsOf(summary)];
  for (const [i, m] of methods.entries()) {
    const f = i === 0 ? ctx.bold : ctx.font;
    for (const t of wrapText(i === 0 ? m : `- ${m}`, f, 10, w - 2 * MARGIN)) {
      if (y < MARGIN + 24) ({ page, y } = newPage(ctx, 'methods (continued)'));
      page.drawText(t, { x: MARGIN, y, size: 10, font: f });
      y -= 13;
    }
    y -= 2;
  }

  const stamp = `Caliper ${options.version} - criteria ${summary.criteria} - generated ${now.toISOString().slice(0, 10)} - not for diagnostic use without review`;
  ctx.pages.forEach((p, i) => {
    const foot = `${stamp} - page ${i + 1} of ${ctx.pages.length}`;
    p.drawText(winAnsi(foot, ctx.font), { x: MARGIN, y: MARGIN - 14, size: 8, font: ctx.font, color: rgb(0.3, 0.3, 0.3) });
  });
  return doc.save();
}
