import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { assessResponse } from '@caliper/response';
import { buildCaseSummary } from '../model/buildCaseSummary';
import { rowsFromTimeline } from '../model/rowsFromTimeline';
import { buildSummaryPdf } from '../pdf/buildSummaryPdf';
import { TWO_TARGETS } from './fixtures';

// A valid 1×1 PNG (grey pixel).
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const summary = buildCaseSummary(assessResponse(TWO_TARGETS, 'recist1.1', {}), { label: 'Case 1', rows: rowsFromTimeline(TWO_TARGETS) });
const keyImages = [
  { png: PNG, lesion: 'T1', caption: 'T1 baseline 2024-01-01 50.0 mm' },
  { png: PNG, lesion: 'T1', caption: 'T1 nadir 2024-03-01 30.0 mm' },
  { png: PNG, lesion: 'T1', caption: 'T1 current 2024-05-01 32.0 mm' },
  { png: PNG, lesion: 'T2', caption: 'T2 baseline 2024-01-01 20.0 mm' },
  { png: PNG, lesion: null, caption: 'Added view 2024-05-01' },
];

describe('PDF key images', () => {
  it('adds a key-image page with every image embedded and its caption as real text', async () => {
    const bytes = await buildSummaryPdf(summary, { version: '9.9.9', now: new Date('2025-05-01T00:00:00Z'), keyImages });
    const doc = await PDFDocument.load(bytes);
    // Two rows of three fit a landscape page: the three rows (T1, T2, the added view) take two pages.
    expect(doc.getPageCount()).toBe(5);
    // pdf-lib embeds each PNG as an image XObject, plus a soft mask (SMask) for one with alpha.
    expect((Buffer.from(bytes).toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length).toBe(2 * keyImages.length);
    if (!existsSync('/usr/bin/pdftotext')) return console.warn('[board] pdftotext missing (apt-get install poppler-utils): caption text not checked');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'caliper-board-')), 'summary.pdf');
    writeFileSync(file, bytes);
    const text = spawnSync('/usr/bin/pdftotext', ['-f', '3', '-l', '4', '-layout', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Case 1: key images');
    for (const k of keyImages) expect(text).toContain(k.caption);
  });
});
