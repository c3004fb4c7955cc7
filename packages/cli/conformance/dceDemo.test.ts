import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DCE_DEMO, writeDceStudy } from '@caliper/phantoms/dce/writeDceStudy';
import { runCaliper } from './helpers';

// The demo's DCE-MRI breast study (what the viewer opens) through `caliper dce`: VFA T10, Parker AIF
// with the bolus arrival detected, extended Tofts on a sphere inside the lesion → its analytic truth.
const work = mkdtempSync(path.join(tmpdir(), 'caliper-dce-demo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const written = writeDceStudy({
  emit: (rel, bytes) => {
    const f = path.join(work, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, bytes);
  },
  uid: (label) => `2.25.4242${label.length}${label.charCodeAt(0)}`,
  syntax: 'explicit',
});
const rel = (got: number, want: number) => Math.abs(got - want) / want;

describe('caliper dce on the demo DCE-MRI study', () => {
  it('lesion sphere: Ktrans, ve, vp of the truth, wash-out (type III)', async () => {
    const l = DCE_DEMO.lesion;
    const roi = path.join(work, 'lesion.json');
    writeFileSync(roi, JSON.stringify({ type: 'sphere', centerMm: l.centreMm, radiusMm: 8 }));
    const r = await runCaliper(['dce', path.join(work, 'dce/dynamic'), '--vfa', path.join(work, 'dce/vfa'), '--roi', roi, '--model', 'etofts', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ phases: 36, timeSource: 'TriggerTime (0018,1060)', flipAngleDeg: 15, trMs: 4, t10: { source: 'vfa', flipAnglesDeg: [2, 5, 10, 15] } });
    expect(Math.abs(doc.bolusArrivalS - DCE_DEMO.bolusArrivalS)).toBeLessThan(1);
    const t = written.truth.lesions[0] as { ktransPerMin: number; ve: number; vp: number; curve: { type: string } };
    const fit = doc.rois[0].meanFit;
    expect(rel(fit.ktransPerMin, t.ktransPerMin)).toBeLessThan(0.03);
    expect(rel(fit.ve, t.ve)).toBeLessThan(0.03);
    expect(rel(fit.vp, t.vp)).toBeLessThan(0.05);
    expect(rel(doc.rois[0].ktransPerMin.median, t.ktransPerMin)).toBeLessThan(0.03);
    expect(doc.rois[0].curve.type).toBe('III');
    expect(t.curve.type).toBe('III');
  });
});
