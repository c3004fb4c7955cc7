import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaliper } from './helpers';

/** The `caliper response` contract as the acceptance checks run it: exit codes, JSON on stdout. */
const dir = mkdtempSync(path.join(tmpdir(), 'caliper-response-'));
function file(name: string, doc: unknown): string {
  const p = path.join(dir, name);
  writeFileSync(p, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return p;
}

const T = (id: string, longMm: number) => ({ id, role: 'target', organ: id === 'T1' ? 'liver' : 'lung', nodal: false, status: 'measured', longMm, sulPeak: longMm / 5 });
const timeline = {
  timepoints: [
    { date: '2025-01-06', liverSulMean: 2.1, liverSulSd: 0.3, tracer: 'FDG', lesions: [T('T1', 30), T('T2', 20)] },
    { date: '2025-03-03', liverSulMean: 2.1, liverSulSd: 0.3, lesions: [T('T1', 20), T('T2', 15)] },
    { date: '2025-04-28', liverSulMean: 2.1, liverSulSd: 0.3, lesions: [T('T1', 25), T('T2', 17), { id: 'L7', role: 'new', status: 'present', organ: 'bone' }] },
  ],
};

describe('caliper response (CLI contract)', () => {
  it('assesses RECIST 1.1: one JSON document, exit 0', async () => {
    const r = await runCaliper(['response', file('ok.json', timeline), '--criteria', 'recist1.1', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ criteria: 'recist1.1', options: { confirm: false, sdMinDays: 42 }, baseline: { date: '2025-01-06', sumMm: 50, tracer: 'FDG' } });
    expect(doc.timepoints[0]).toMatchObject({ date: '2025-03-03', response: 'PR', sumMm: 35, changeFromBaselinePct: -30, changeFromNadirPct: -30, nadirDate: '2025-01-06', targetResponse: 'PR', newLesions: [], reasons: ['-30.0 % vs baseline'] });
    expect(doc.timepoints[1]).toMatchObject({ response: 'PD', sumMm: 42, changeFromNadirPct: 20, newLesions: ['L7'] });
    expect(doc.bestOverallResponse).toMatchObject({ response: 'PR', date: '2025-03-03', confirmed: false });
    expect(doc.lesions[0]).toMatchObject({ id: 'T1', role: 'target', organ: 'liver', nodal: false, measurements: [{ date: '2025-01-06', status: 'measured', value: 30 }, { value: 20 }, { value: 25 }] });
  });
  it('options: --confirm and --sd-min-days', async () => {
    const r = await runCaliper(['response', file('ok.json', timeline), '--criteria', 'recist1.1', '--confirm', '--sd-min-days', '30', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.options).toEqual({ confirm: true, sdMinDays: 30 });
    expect(doc.bestOverallResponse.response).toBe('SD'); // PR not confirmed (PD next)
  });
  it('PERCIST: PMR, then PMD by the new lesion', async () => {
    const r = await runCaliper(['response', file('ok.json', timeline), '--criteria', 'percist1.0', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.timepoints.map((t: { response: string }) => t.response)).toEqual(['PMR', 'PMD']); // 6.0 → 4.0 SUL: −33.3 % and −2.0 SUL
  });
  it('exit 1: invalid timeline, {"error"} naming the date and lesion', async () => {
    const bad = structuredClone(timeline);
    delete (bad.timepoints[1].lesions[1] as { longMm?: number }).longMm;
    const r = await runCaliper(['response', file('bad.json', bad), '--criteria', 'recist1.1', '--json']);
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error).toContain('2025-03-03');
    expect(error).toContain('T2');
    expect(error).toContain('longMm');
    const notJson = await runCaliper(['response', file('x.json', '{oops'), '--criteria', 'recist1.1', '--json']);
    expect(notJson.code).toBe(1);
    expect(JSON.parse(notJson.stdout).error).toMatch(/not JSON/);
  });
  it('exit 2: bad usage, named in the message', async () => {
    const ok = file('ok.json', timeline);
    const cases: [string[], RegExp][] = [
      [['response', '--criteria', 'recist1.1', '--json'], /no timeline file/],
      [['response', ok, '--criteria', 'recist2', '--json'], /unknown --criteria value 'recist2'/],
      [['response', ok, '--criteria', 'recist1.1', '--frobnicate', '--json'], /unknown option --frobnicate/],
      [['response', ok, '--criteria', 'percist1.0', '--confirm', '--json'], /--confirm/],
      [['response', ok, '--criteria', 'lugano', '--sd-min-days', '30', '--json'], /--sd-min-days/],
      [['response', path.join(dir, 'missing.json'), '--criteria', 'recist1.1', '--json'], /no such file/],
    ];
    for (const [args, message] of cases) {
      const r = await runCaliper(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('caliper response --from-sr (timeline rebuilt from Caliper SRs)', () => {
  it('three TID 1500 SRs with shared Tracking UIDs give the same assessment as their timeline', async () => {
    const { exportReading } = await import('@caliper/report');
    const { longitudinalContext, longitudinalReading } = await import('@caliper/report/fixtures/longitudinalReadings');
    const paths = [0, 1, 2].map((t) => {
      const p = path.join(dir, `tp${t + 1}.sr.dcm`);
      writeFileSync(p, exportReading(longitudinalReading(t), longitudinalContext(t)).sr);
      return p;
    });
    // Files in any order: the timeline is ordered by study date.
    const r = await runCaliper(['response', '--from-sr', paths[2], paths[0], paths[1], '--criteria', 'recist1.1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.baseline).toMatchObject({ date: '2026-01-05', sumMm: 48 }); // T1 30 mm + node T2 short axis 18 mm
    expect(doc.timepoints.map((t: { response: string; sumMm: number }) => [t.response, t.sumMm])).toEqual([['PR', 33], ['PD', 31]]);
    expect(doc.timepoints[1].newLesions).toEqual(['N1']);
    expect(doc.lesions.map((l: { id: string }) => l.id)).toEqual(['T1', 'T2', 'NT1', 'N1']);
  });
  it('exit 1 naming the file when an SR cannot be read', async () => {
    const bad = file('bad.sr.dcm', 'not dicom');
    const r = await runCaliper(['response', '--from-sr', bad, '--criteria', 'recist1.1', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toContain('bad.sr.dcm');
  });
});
