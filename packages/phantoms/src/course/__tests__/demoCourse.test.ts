import { beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../study/config';
import type { StudyTruth } from '../../study/generateStudy';
import { generatePhantomSet } from '../../study/generatePhantomSet';
import type { Manifest } from '../../study/generatePhantomSet';
import { assessPercist } from '../assessPercist';
import { assessRecist } from '../assessRecist';
import { checkRecistTargets } from '../checkRecistTargets';
import { courseTimeline } from '../courseTimeline';
import type { Course, CourseLesion, ResponseTimeline } from '../courseTypes';

// The demo's designed course, read back from the JSON files `pnpm run demo` writes (truth/*.json),
// and checked from first principles against the per-study truth. Explicit VR: same truth as JPEG-LS,
// without the encoding time.
const json = new Map<string, unknown>();
beforeAll(async () => {
  await generatePhantomSet({ ...demoConfig(), transferSyntax: 'explicit' }, (p, b) => {
    if (p.endsWith('.json')) json.set(p, JSON.parse(new TextDecoder().decode(b)));
  });
}, 180_000);

const file = () => json.get('truth/course.json') as { patient: { id: string; sulPerSuvbw: number }; course: Course };
const course = () => file().course;
const truth = (tp: string) => json.get(`truth/${tp}.json`) as StudyTruth;
const lesion = (tp: number, id: string) => course().timepoints[tp].lesions.find((l) => l.id === id) as CourseLesion;
const recistSize = (l: { recistRole: string; recist: { longAxis_mm: number; shortAxis_mm: number } | null }) => (l.recistRole === 'target-node' ? l.recist!.shortAxis_mm : l.recist!.longAxis_mm);

describe('demo course: dates, studies, patient', () => {
  it('baseline, +8 weeks, +16 weeks, one patient, the manifest studies', () => {
    const all = json.get('manifest.json') as Manifest;
    // The DCE-MRI, DSC-MRI and CT perfusion studies are other patients', outside the course.
    const others = ['CALIPER-PH-DCE', 'CALIPER-DSC-001', 'CALIPER-CTP-001'];
    const m = { ...all, studies: all.studies.filter((s) => !others.includes(s.patientId)) };
    expect(all.studies.length - m.studies.length).toBe(3);
    const tps = course().timepoints;
    expect(tps.map((t) => t.date)).toEqual(['2026-01-12', '2026-03-09', '2026-05-04']);
    expect(tps.map((t) => t.dayFromBaseline)).toEqual([0, 56, 112]);
    expect((Date.parse(tps[1].date) - Date.parse(tps[0].date)) / 864e5).toBe(56);
    expect(tps.map((t) => t.studyInstanceUIDs)).toEqual(m.studies.map((s) => [s.studyInstanceUID]));
    expect(new Set(m.studies.map((s) => s.patientId))).toEqual(new Set([file().patient.id]));
    tps.forEach((t, i) => expect(Object.values(t.seriesInstanceUIDs).sort()).toEqual(m.studies[i].series.map((s) => s.seriesInstanceUID).sort()));
  });
});

describe('demo course: RECIST 1.1 (Eisenhauer 2009)', () => {
  it('targets obey RECIST 1.1: 4 measurable, ≤ 2 per organ, node short axis 18 mm = 2 × 9 mm semi-axis', () => {
    const base = course().timepoints[0].lesions;
    expect(checkRecistTargets(base)).toEqual([]);
    expect(base.map((l) => [l.id, l.organ, l.nodal])).toEqual([['L1', 'liver', false], ['L2', 'lung', false], ['L3', 'liver', false], ['N1', 'lymph node', true]]);
    expect(lesion(0, 'N1').shortMm).toBeCloseTo(18, 9);
  });

  it('sums from the per-study truth: follow-up 1 ≤ −35 % (PR), follow-up 2 targets still PR but new L4 (PD)', () => {
    // L1 (semi-axis 20 mm, scales 1, 0.6, 0.55) and N1 (semi-axis 9 mm, scales 1, 0.6, 0.5) are exact.
    expect([0, 1, 2].map((t) => lesion(t, 'L1').longMm)).toEqual([40, 24, 22].map((x) => expect.closeTo(x, 9)));
    expect([0, 1, 2].map((t) => lesion(t, 'N1').shortMm)).toEqual([18, 10.8, 9].map((x) => expect.closeTo(x, 9)));
    const sums = ['baseline', 'followup1', 'followup2'].map((k) => truth(k).lesions.filter((l) => l.recistRole !== 'new').reduce((s, l) => s + recistSize(l), 0));
    const pct = sums.map((s) => (100 * (s - sums[0])) / sums[0]);
    expect(course().timepoints.map((t) => t.recist.sumMm)).toEqual(sums.map((s) => expect.closeTo(s, 9)));
    expect(pct[1]).toBeLessThanOrEqual(-35);
    expect(pct[2]).toBeLessThanOrEqual(-35);
    expect(truth('followup2').lesions.filter((l) => l.recistRole === 'new').map((l) => [l.id, l.recist!.longAxis_mm])).toEqual([['L4', expect.closeTo(12, 9)]]);
    expect(course().timepoints.map((t) => t.recist.targetResponse)).toEqual(['baseline', 'PR', 'PR']);
    expect(course().expected['recist1.1']).toEqual(['PR', 'PD']);
    expect(course().bestOverallResponse['recist1.1']).toBe('PR');
    expect(course().bestOverallResponse['recist1.1 confirmed']).toBe('SD');
  });

  it('holds if a reader measures every target 1 mm off in the worst direction', () => {
    const [b, f1] = course().timepoints.map((t) => t.recist.sumMm);
    expect(f1 + 4).toBeLessThanOrEqual(0.7 * (b - 4));
  });
});

describe('demo course: PERCIST 1.0 (Wahl 2009; O et al. 2016)', () => {
  const sul = 695250 / (6680 + (216 * 75) / 1.78 ** 2) / 75;
  const liver = (k: string) => truth(k).pet.referenceRegions.find((r) => r.name.startsWith('liver'))!;

  it('SUL = SUVbw × Janmahasatian LBM / weight; liver 3 cm sphere; threshold 1.5 × mean + 2 × SD', () => {
    expect(file().patient.sulPerSuvbw).toBeCloseTo(sul, 12);
    course().timepoints.forEach((t) => {
      const r = liver(t.timepoint);
      expect(r.radius_mm).toBe(15);
      expect(t.liverSulMean).toBeCloseTo(r.SUVmean_SUVbw * sul, 12);
      expect(t.liverSulSd).toBeCloseTo(r.SUVsd_SUVbw * sul, 12);
      expect(t.percist.thresholdSul).toBeCloseTo(1.5 * t.liverSulMean + 2 * t.liverSulSd, 12);
      expect(t.percist.liverComparable).toBe(true);
      for (const l of t.lesions) expect(l.sulPeak).toBeCloseTo(truth(t.timepoint).lesions.find((x) => x.id === l.id)!.pet!.SUVpeak_SUVbw * sul, 12);
    });
  });

  it('baseline hottest L1 measurable; follow-up 1 L1 ≤ −45 % and ≤ −2.5 SUL, above the liver (PMR, not CMR)', () => {
    const [b, f1] = course().timepoints;
    expect([b.percist.hottestLesion, f1.percist.hottestLesion]).toEqual(['L1', 'L1']);
    expect(b.percist.hottestSulPeak).toBeGreaterThan(2 * b.percist.thresholdSul);
    const d = lesion(1, 'L1').sulPeak! - lesion(0, 'L1').sulPeak!;
    expect((100 * d) / lesion(0, 'L1').sulPeak!).toBeLessThanOrEqual(-45);
    expect(d).toBeLessThanOrEqual(-2.5);
    expect(f1.percist.hottestSulPeak).toBeGreaterThan(f1.percist.thresholdSul);
  });

  it('follow-up 2: new L4 ≥ 1.25 × threshold (PMD by the new lesion); no SULpeak above the baseline hottest', () => {
    const f2 = course().timepoints[2];
    expect(lesion(2, 'L4').sulPeak!).toBeGreaterThanOrEqual(1.25 * f2.percist.thresholdSul);
    expect(f2.percist.newAvidLesions).toEqual(['L4']);
    expect(Math.max(...f2.lesions.map((l) => l.sulPeak!))).toBeLessThan(0.7 * course().timepoints[0].percist.hottestSulPeak);
    expect(course().expected['percist1.0']).toEqual(['PMR', 'PMD']);
    expect(course().bestOverallResponse['percist1.0']).toBe('PMR');
  });

  it('holds if every SULpeak is 10 % off in the worst direction', () => {
    const [b, f1, f2] = course().timepoints;
    const base = 0.9 * b.percist.hottestSulPeak;
    const now = 1.1 * f1.percist.hottestSulPeak;
    expect(now - base).toBeLessThanOrEqual(-0.8);
    expect(now).toBeLessThanOrEqual(0.7 * base);
    expect(0.9 * lesion(2, 'L4').sulPeak!).toBeGreaterThan(1.1 * f2.percist.thresholdSul);
  });
});

describe('demo course: the `caliper response` timeline', () => {
  it('is the course rounded as a reader records it, with every field RECIST 1.1 and PERCIST 1.0 need, and gives the same categories', () => {
    const tl = json.get('truth/course.timeline.json') as ResponseTimeline;
    expect(tl).toEqual(courseTimeline(course()));
    expect((json.get('truth/index.json') as { timeline: string }).timeline).toBe('course.timeline.json');
    for (const tp of tl.timepoints) {
      expect(tp.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(tp.tracer).toBe('FDG');
      for (const l of tp.lesions) expect(Object.keys(l).sort()).toEqual(['id', 'longMm', 'meanHu', 'nodal', 'organ', 'role', 'shortMm', 'status', 'sulPeak', 'suvMax', 'volumeMl'].sort());
    }
    const recist = assessRecist(tl.timepoints);
    const percist = assessPercist(tl.timepoints.map((t) => ({ ...t, lesions: t.lesions.map((l) => ({ ...l, sulPeak: l.sulPeak ?? null })) })));
    expect(recist.slice(1).map((r) => r.response)).toEqual(course().expected['recist1.1']);
    expect(percist.slice(1).map((r) => r.response)).toEqual(course().expected['percist1.0']);
  });
});
