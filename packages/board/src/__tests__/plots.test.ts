import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { assessResponse } from '@caliper/response';
import { buildCaseSummary } from '../model/buildCaseSummary';
import { rowsFromTimeline } from '../model/rowsFromTimeline';
import { buildSummaryPdf } from '../pdf/buildSummaryPdf';
import { renderSvg } from '../render/renderSvg';
import { spiderSpec } from '../specs/spiderSpec';
import { waterfallSpec } from '../specs/waterfallSpec';
import { TWO_TARGETS } from './fixtures';

const summary = buildCaseSummary(assessResponse(TWO_TARGETS, 'recist1.1', {}), { label: 'Case 1', rows: rowsFromTimeline(TWO_TARGETS) });

describe('plot specs and rendering', () => {
  it('the spider spec carries the summary data and the −30 / +20 % lines', () => {
    const spec = spiderSpec(summary) as { layer: { data: { values: unknown[] } }[] };
    expect(spec.layer[0].data.values).toEqual([{ pct: -30, label: '-30 %' }, { pct: 20, label: '+20 %' }]);
    expect(spec.layer[2].data.values).toEqual(summary.spider);
  });

  it('renders to SVG without a DOM, one bar per lesion, values in the accessible labels', async () => {
    const svg = await renderSvg(waterfallSpec(summary, { theme: 'dark', fontSize: 18 }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/aria-roledescription="bar"/g) ?? []).length).toBe(2);
    expect(svg).toContain('-33.3 %');
    expect(svg).toContain('font-size="18px"');
  });

  it('PDF: landscape A4 and Letter, three pages, case label as title, vector plots (no images)', async () => {
    for (const [paper, w, h] of [['a4', 841.89, 595.28], ['letter', 792, 612]] as const) {
      const bytes = await buildSummaryPdf(summary, { paper, version: '9.9.9', now: new Date('2025-05-01T00:00:00Z') });
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(3);
      const { width, height } = doc.getPage(0).getSize();
      expect([Math.round(width * 100) / 100, Math.round(height * 100) / 100]).toEqual([w, h]);
      expect(doc.getTitle()).toBe('Caliper tumour-board summary: Case 1');
      expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    }
  });
});
