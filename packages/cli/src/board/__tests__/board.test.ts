import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportReading } from '@caliper/report';
import { PATIENT, longitudinalContext, longitudinalReading } from '@caliper/report/fixtures/longitudinalReadings';

const repoRoot = path.resolve(__dirname, '../../../../..');
// The demo patient's 3-timepoint course (public/demo/truth/course.timeline.json, kept here so the
// test does not depend on `pnpm run demo` having run).
const demo = path.join(__dirname, 'demoCourse.timeline.json');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'caliper-board-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const pdftotext = existsSync('/usr/bin/pdftotext');
if (!pdftotext) console.warn('[caliper board] pdftotext (poppler-utils) missing: PDF text checks skipped');

function caliper(...args: string[]) {
  const r = spawnSync('pnpm', ['--silent', 'caliper', 'board', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const text = (pdf: string): string => spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;

describe('caliper board', () => {
  it('writes the demo course summary: categories, deciding rules, table values, methods; --json gives the plot data', () => {
    const out = path.join(tmp, 'demo.pdf');
    const r = caliper(demo, '--criteria', 'recist1.1', '--out', out, '--label', 'Case 3, lung', '--therapy', 'Carboplatin,2026-01-19,2026-04-06', '--csv', path.join(tmp, 'demo.csv'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.out).toBe(out);
    expect(doc.summary.timeline.map((t: { response: string }) => t.response)).toEqual(['BL', 'PR', 'PD']);
    expect(doc.summary.spider.filter((p: { series: string }) => p.series === 'Sum').map((p: { pct: number }) => p.pct)).toEqual([0, -36.4, -42.1]);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = readFileSync(path.join(tmp, 'demo.csv'), 'utf8').split('\r\n');
    expect(csv).toContain('N1,target,lymph node,2026-05-04,measured,14,9,0.66,1.02,1.72,,25,9,-50');
    if (!pdftotext) return;
    const t = text(out);
    expect(t).toContain('Case 3, lung');
    expect(t).toMatch(/2026-03-09\s+56\s+PR\s+83\.8\s+-36\.4 %/);
    expect(t).toMatch(/2026-05-04\s+112\s+PD\s+76\.3\s+-42\.1 %\s+-8\.9 %\s+new lesion L4/);
    expect(t).toMatch(/L3\s+target\s+liver\s+2026-03-09\s+measured\s+30\.8\s+26\s+9\.94/);
    expect(t).toContain('Therapy: Carboplatin, 2026-01-19 (day 7) to 2026-04-06 (day 84)');
    expect(t).toContain('Spider plot');
    expect(t).toContain('Waterfall');
    expect(t).toContain('Method of each number');
    expect(t).toMatch(/Caliper \d+\.\d+\.\d+ - criteria recist1\.1/);
    for (const id of ['CALIPER^Phantom', 'Phantom', 'CALIPER-PH-001']) expect(t).not.toContain(id);
  });

  it('from SRs: no patient name or ID anywhere in the PDF (text and metadata)', () => {
    const files = [0, 1, 2].map((t) => {
      const f = path.join(tmp, `tp${t + 1}.sr.dcm`);
      writeFileSync(f, exportReading(longitudinalReading(t), longitudinalContext(t)).sr);
      return f;
    });
    const out = path.join(tmp, 'sr.pdf');
    const r = caliper(...files, '--criteria', 'recist1.1', '--out', out, '--paper', 'letter');
    expect(r.code, r.stderr).toBe(0);
    const raw = readFileSync(out).toString('latin1');
    for (const id of [PATIENT.name, PATIENT.id, 'Longitudinal', 'Course^']) {
      expect(raw).not.toContain(id);
      if (pdftotext) expect(text(out) + spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout).not.toContain(id);
    }
    if (pdftotext) expect(text(out)).toMatch(/Case: tumour-board summary/);
  });

  it('exit 1 for an invalid timeline, naming the problem; 2 for bad usage', () => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ timepoints: [{ date: '2026-02-30', lesions: [] }] }));
    const r1 = caliper(bad, '--criteria', 'recist1.1', '--out', path.join(tmp, 'x.pdf'), '--json');
    expect(r1.code).toBe(1);
    expect(JSON.parse(r1.stdout).error).toMatch(/2026-02-30/);
    expect(existsSync(path.join(tmp, 'x.pdf'))).toBe(false);
    const notJson = path.join(tmp, 'nj.json');
    writeFileSync(notJson, '{');
    expect(caliper(notJson, '--criteria', 'recist1.1', '--out', path.join(tmp, 'y.pdf')).code).toBe(1);
    expect(caliper(demo, '--criteria', 'recist1.1').stderr).toMatch(/missing --out/);
    expect(caliper(demo, '--criteria', 'recist9', '--out', 'z.pdf').code).toBe(2);
    expect(caliper(demo, '--out', 'z.pdf').code).toBe(2);
    expect(caliper(demo, '--criteria', 'recist1.1', '--out', 'z.pdf', '--therapy', 'no-date').code).toBe(2);
    expect(caliper(demo, '--criteria', 'recist1.1', '--out', 'z.pdf', '--paper', 'a3').code).toBe(2);
    expect(caliper(path.join(tmp, 'missing.json'), '--criteria', 'recist1.1', '--out', 'z.pdf').code).toBe(2);
  });

  it('--cohort: five synthetic patients give the expected waterfall order, ORR and DCR; labels never file names', () => {
    const tl = (...fu: [string, number | null][]) => ({ timepoints: [['2025-01-06', 50] as [string, number | null], ...fu].map(([date, mm]) => ({
      date, lesions: [{ id: 'T1', role: 'target', organ: 'liver', nodal: false, ...(mm === null ? { status: 'absent' } : { status: 'measured', longMm: mm }) }],
    })) });
    // Hand-computed: P1 −40 % PR (BOR PR); P2 −10 % SD at day 56 (SD); P3 +24 % PD; P4 all gone (CR, −100 %);
    // P5 −20 % at day 28 only (SD before 42 days does not count: NE).
    const members = {
      'P1-Doe^Jane': tl(['2025-03-03', 30], ['2025-04-28', 32]), P2: tl(['2025-03-03', 45]), P3: tl(['2025-03-03', 62]),
      P4: tl(['2025-03-03', null]), P5: tl(['2025-02-03', 40]),
    };
    const files = Object.entries(members).map(([name, t]) => {
      const f = path.join(tmp, `${name}.json`);
      writeFileSync(f, JSON.stringify(t));
      return f;
    });
    const out = path.join(tmp, 'cohort.pdf');
    const r = caliper('--cohort', ...files, '--criteria', 'recist1.1', '--out', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    const { cohort } = JSON.parse(r.stdout);
    expect(cohort.waterfall.map((b: { label: string; bestPct: number; bor: string }) => [b.label, b.bestPct, b.bor])).toEqual([
      ['Case 3', 24, 'PD'], ['Case 2', -10, 'SD'], ['Case 5', -20, 'NE'], ['Case 1', -40, 'PR'], ['Case 4', -100, 'CR'],
    ]);
    expect(cohort.orr).toEqual({ count: 2, of: 5, pct: 40 });
    expect(cohort.dcr).toEqual({ count: 3, of: 5, pct: 60 });
    if (!pdftotext) return;
    const t = text(out);
    expect(t).toContain('Objective response rate (CR + PR): 2 of 5 = 40.0 %');
    expect(t).toContain('Disease control rate (CR + PR + SD): 3 of 5 = 60.0 %');
    expect(t).not.toContain('Doe');
  });
});
