import { describe, expect, it } from 'vitest';
import { parseCurvesCsv } from '../parseCurvesCsv';
import { niceSlope } from '../writeParameterMaps';

describe('parseCurvesCsv', () => {
  it('reads curves in file order, columns in any order', () => {
    const csv = 'tissue_mM,curve,aif_mM,time_s\n0,b,0,0\n0,a,0,0\n1,b,2,1\n1,a,3,1\n2,a,3,2\n2,b,2,2\n3,a,1,3\n3,b,1,3\n';
    const r = parseCurvesCsv(csv);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.map((c) => c.label)).toEqual(['b', 'a']);
    expect(Array.from(r.value[1].aifMm)).toEqual([0, 3, 3, 1]);
  });

  it('contract errors', () => {
    expect(parseCurvesCsv('curve,time_s,tissue_mM\n')).toEqual({ ok: false, error: 'missing column aif_mM' });
    const rows = (t: number[]) => 'curve,time_s,aif_mM,tissue_mM\n' + t.map((x) => `c1,${x},1,1`).join('\n');
    expect(parseCurvesCsv(rows([0, 1, 1, 2]))).toMatchObject({ ok: false, error: expect.stringMatching(/^curve c1: times not strictly increasing/) });
    expect(parseCurvesCsv(rows([0, 1, 2]))).toMatchObject({ ok: false, error: expect.stringMatching(/^curve c1: fewer than 4 samples/) });
  });
});

describe('niceSlope', () => {
  it('1, 2 or 5 × 10^k keeping the maximum ≤ 65535', () => {
    expect(niceSlope(0.6)).toBe(1e-5);
    expect(niceSlope(1)).toBe(2e-5);
    expect(niceSlope(3)).toBe(5e-5);
    expect(niceSlope(6.5535)).toBe(1e-4);
    expect(0.6 / niceSlope(0.6)).toBeLessThanOrEqual(65535);
  });
});
