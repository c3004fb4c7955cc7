import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { CohortStats } from '../model/buildCohort';
import { renderSvg } from '../render/renderSvg';
import { cohortWaterfallSpec, swimmerSpec } from '../specs/cohortSpecs';
import type { Paper } from './buildSummaryPdf';
import { PAPER } from './buildSummaryPdf';
import { drawSvg } from './drawSvg';
import type { Column } from './layout';
import { drawTable } from './layout';
import { winAnsi } from './winAnsi';

export interface CohortPdfOptions {
  readonly paper?: Paper;
  readonly version: string;
  readonly criteria: string;
  readonly now?: Date;
  /** Cohort label (e.g. "Trial arm A"): heads the first page and the document title when given. */
  readonly label?: string;
}

const MARGIN = 36;

/**
 * The cohort (trial arm) PDF: ORR and DCR with counts, the waterfall of best % change per patient
 * (sorted, coloured by best overall response, lines at +20 / −30 %), the swimmer plot, and a
 * table per patient. Patients appear under their case labels only.
 */
export async function buildCohortPdf(cohort: CohortStats, options: CohortPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const size = PAPER[options.paper ?? 'a4'];
  const [w, h] = size;
  const now = options.now ?? new Date();
  const label = options.label?.trim();
  doc.setTitle(label ? `${label}: Caliper cohort summary (n = ${cohort.n})` : `Caliper cohort summary (n = ${cohort.n})`);
  doc.setCreator(`Caliper ${options.version}`);
  doc.setProducer(`Caliper ${options.version} (pdf-lib)`);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const fonts = { regular: font, bold };
  const pct = (v: number | null) => (v === null ? '-' : `${v.toFixed(1)} %`);
  const pages = [];

  let page = doc.addPage(size);
  pages.push(page);
  page.drawText(winAnsi(`${label ? `${label}: cohort` : 'Cohort'} summary: ${cohort.n} patients, ${options.criteria}`, bold), { x: MARGIN, y: h - MARGIN - 14, size: 16, font: bold });
  const counts = Object.entries(cohort.counts).map(([k, v]) => `${k} ${v}`).join(', ');
  const lines = [
    `Objective response rate (CR + PR): ${cohort.orr.count} of ${cohort.orr.of} = ${pct(cohort.orr.pct)}`,
    `Disease control rate (CR + PR + SD): ${cohort.dcr.count} of ${cohort.dcr.of} = ${pct(cohort.dcr.pct)}`,
    `Best overall responses: ${counts || 'none'}`,
  ];
  let y = h - MARGIN - 36;
  for (const l of lines) {
    page.drawText(winAnsi(l, font), { x: MARGIN, y, size: 11, font });
    y -= 15;
  }
  const plotW = (w - 2 * MARGIN - 20) / 2;
  const plotH = y - MARGIN - 30;
  drawSvg(page, await renderSvg(cohortWaterfallSpec(cohort, { theme: 'light' })), { x: MARGIN, y: y - 10 - plotH, width: plotW, height: plotH }, fonts);
  drawSvg(page, await renderSvg(swimmerSpec(cohort, { theme: 'light' })), { x: MARGIN + plotW + 20, y: y - 10 - plotH, width: plotW, height: plotH }, fonts);

  page = doc.addPage(size);
  pages.push(page);
  page.drawText('Patients', { x: MARGIN, y: h - MARGIN - 14, size: 16, font: bold });
  const cols: Column[] = [{ title: 'Case', width: 140 }, { title: 'Best overall response', width: 130 }, { title: 'Best % change', width: 100, align: 'right' }, { title: 'Days on study', width: 100, align: 'right' }, { title: 'Ongoing', width: 70 }, { title: 'Assessments', width: w - 2 * MARGIN - 540 }];
  const days = new Map(cohort.swimmer.map((r) => [r.label, r]));
  let rows = cohort.waterfall.map((b) => {
    const s = days.get(b.label);
    return [b.label, b.bor, pct(b.bestPct), String(s?.days ?? ''), s?.ongoing ? 'yes' : 'no', (s?.markers ?? []).map((m) => `day ${m.day} ${m.response}`).join(', ')];
  });
  y = h - MARGIN - 30;
  for (;;) {
    const r = drawTable(page, MARGIN, y, cols, rows, { font, bold, size: 9.5 }, MARGIN + 20);
    rows = rows.slice(Math.max(1, r.drawn));
    if (!rows.length) break;
    page = doc.addPage(size);
    pages.push(page);
    y = h - MARGIN;
  }
  const stamp = `Caliper ${options.version} - criteria ${options.criteria} - generated ${now.toISOString().slice(0, 10)}`;
  pages.forEach((p, i) => p.drawText(winAnsi(`${stamp} - page ${i + 1} of ${pages.length}`, font), { x: MARGIN, y: MARGIN - 14, size: 8, font, color: rgb(0.3, 0.3, 0.3) }));
  return doc.save();
}
