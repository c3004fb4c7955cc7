import { describe, expect, it } from 'vitest';
import { assessResponse } from '../assessResponse';
import { parseTimeline } from '../parseTimeline';
import type { CriteriaName } from '../types';
import { D, lesion, newLesion, node, nonTarget, target, timeline, tp } from './build';

const run = (json: unknown, c: CriteriaName = 'recist1.1') => () => assessResponse(parseTimeline(json), c);
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('timeline validation (exit 1 cases), messages name the date and lesion', () => {
  const ok = timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [target('T1', 20)]));
  it('accepts a valid timeline', () => expect(run(ok)).not.toThrow());
  it('no timepoints: no baseline', () => {
    expect(run({ timepoints: [] })).toThrow(/no baseline/);
    expect(run({})).toThrow(/no baseline/);
  });
  it('dates must be valid and strictly increasing', () => {
    expect(run(timeline(tp(D[1], [target('T1', 30)]), tp(D[0], [target('T1', 20)])))).toThrow(/2025-01-06.*not increasing/);
    expect(run(timeline(tp(D[0], [target('T1', 30)]), tp(D[0], [target('T1', 20)])))).toThrow(/not increasing/);
    expect(run(timeline(tp('2025-13-01', [target('T1', 30)])))).toThrow(/invalid date/);
  });
  it('duplicate id, new at baseline, target first listed after baseline, missing baseline lesion', () => {
    expect(run(timeline(tp(D[0], [target('T1', 30), target('T1', 20)])))).toThrow(/2025-01-06.*T1: duplicate id/);
    expect(run(timeline(tp(D[0], [target('T1', 30), newLesion('X')])))).toThrow(/lesion X: a "new" lesion at baseline/);
    expect(run(timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [target('T1', 20), target('T9', 20)])))).toThrow(/2025-03-03.*T9: target lesion first listed after baseline/);
    expect(run(timeline(tp(D[0], [target('T1', 30), nonTarget('NT1')]), tp(D[1], [target('T1', 20)])))).toThrow(/2025-03-03.*NT1: baseline non-target lesion missing/);
    expect(run(timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [target('T1', 20), newLesion('X')]), tp(D[2], [target('T1', 20)])))).toThrow(/2025-04-28.*X: new lesion first seen 2025-03-03 missing/);
  });
  it('role, organ or nodal may not change', () => {
    expect(run(timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [nonTarget('T1', 'present', { organ: 'organ-T1' })])))).toThrow(/T1: role changed/);
    expect(run(timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [target('T1', 20, { organ: 'lung' })])))).toThrow(/T1: organ changed/);
    expect(run(timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [target('T1', 20, { nodal: true, shortMm: 9 })])))).toThrow(/T1: nodal changed/);
  });
  it('unknown status, status not allowed for the role, unknown role', () => {
    const bad = clone(ok) as any;
    bad.timepoints[1].lesions[0].status = 'gone';
    expect(run(bad)).toThrow(/2025-03-03.*T1: unknown status "gone"/);
    expect(run(timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [lesion('T1', 'target', 'present')])))).toThrow(/status present is not allowed for a target/);
    expect(run(timeline(tp(D[0], [target('T1', 30), nonTarget('N', 'too-small-to-measure')])))).toThrow(/N: status too-small-to-measure is not allowed for a non-target/);
    const role = clone(ok) as any;
    role.timepoints[0].lesions[0].role = 'main';
    expect(run(role)).toThrow(/unknown role/);
  });
  it('a baseline without lesions, except RECIP', () => {
    expect(run(timeline(tp(D[0], []), tp(D[1], [])))).toThrow(/baseline has no lesions/);
    expect(run(timeline(tp(D[0], [], { psmaTvMl: 10 }), tp(D[1], [], { psmaTvMl: 5 })), 'recip1.0')).not.toThrow();
  });
  it('fields each criterion needs: missing, negative, not a number', () => {
    const noLong = timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [lesion('T1', 'target', 'measured', { organ: 'organ-T1' })]));
    expect(run(noLong)).toThrow(/timepoint 2025-03-03 \(#2\), lesion T1: longMm missing/);
    expect(run(timeline(tp(D[0], [target('T1', -3)])))).toThrow(/T1: longMm is negative/);
    expect(run(timeline(tp(D[0], [target('T1', '30' as never)])))).toThrow(/T1: longMm is not a number/);
    expect(run(timeline(tp(D[0], [node('N1', 20, { shortMm: undefined })])))).toThrow(/N1: shortMm missing/);
    expect(run(ok, 'mrecist')).toThrow(/T1: viableLongMm missing/);
    expect(run(ok, 'choi')).toThrow(/T1: meanHu missing/);
    expect(run(ok, 'volumetric')).toThrow(/T1: volumeMl missing/);
    expect(run(ok, 'percist1.0')).toThrow(/2025-01-06 \(#1\): liverSulMean missing/);
    expect(run(timeline(tp(D[0], [target('T1', 30)], { liverSulMean: 2, liverSulSd: 0.3 })), 'percist1.0')).toThrow(/T1: sulPeak missing/);
    expect(run(ok, 'lugano')).toThrow(/T1: deauville missing/);
    expect(run(timeline(tp(D[0], [target('T1', 30, { deauville: 4 })])), 'lugano')).toThrow(/T1: suvMax missing/);
    expect(run(timeline(tp(D[0], [target('T1', 30, { deauville: 6, suvMax: 3 })])), 'lugano')).toThrow(/deauville must be an integer 1–5/);
    expect(run(ok, 'recip1.0')).toThrow(/2025-01-06 \(#1\): psmaTvMl missing/);
    // irecist: a measured new lesion needs its size
    expect(run(timeline(tp(D[0], [target('T1', 30)]), tp(D[1], [target('T1', 30), newLesion('X', 'measured')])), 'irecist')).toThrow(/X: longMm missing/);
  });
  it('RECIST target rules: measurability, at most 5 targets and 2 per organ, first offender in input order', () => {
    expect(run(timeline(tp(D[0], [target('T1', 9.9)])))).toThrow(/T1 \(organ organ-T1\) is not measurable: long axis 9.9 mm < 10 mm/);
    expect(run(timeline(tp(D[0], [target('T1', 10)])))).not.toThrow();
    expect(run(timeline(tp(D[0], [node('N1', 14.9)])))).toThrow(/N1.*not measurable: short axis 14.9 mm < 15 mm/);
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => target(id, 20));
    expect(run(timeline(tp(D[0], six)))).toThrow(/lesion F: target F .* is target #6: at most 5 targets/);
    const liver = [target('A', 20, { organ: 'liver' }), target('B', 20, { organ: 'lung' }), target('C', 20, { organ: 'liver' }), target('D', 20, { organ: 'liver' })];
    expect(run(timeline(tp(D[0], liver)))).toThrow(/lesion D: target D \(organ liver\) is target #3 in organ liver/);
    expect(run(timeline(tp(D[0], [target('A', 20), target('B', 5)])))).toThrow(/lesion B/);
  });
});
