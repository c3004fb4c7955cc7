import { describe, expect, it } from 'vitest';
import { parseTimeline } from '@caliper/response';
import type { Timeline } from '@caliper/response';
import { exportReading } from '../exportReading';
import { importReading } from '../importReading';
import { DATES, PATIENT, longitudinalContext, longitudinalReading, studyUid, trackingUid } from '../fixtures/longitudinalReadings';
import { timelineFromReadings } from '../longitudinal/timelineFromReadings';
import { timelineFromSrFiles } from '../longitudinal/timelineFromSrFiles';
import type { Reading } from '../model/schema';
import { foreignSrDataset, writeWithDcmjs } from '../fixtures/foreignSr';

const noGrid = { target: () => undefined };
const readings = [0, 1, 2].map(longitudinalReading);
const exported = readings.map((r, t) => exportReading(r, longitudinalContext(t)));
const files = exported.map((e, t) => ({ name: `tp${t + 1}.sr.dcm`, bytes: e.sr }));

/** What the three readings should give: sizes per RECIST, reference values, N1 new at the third. */
function expectedTimeline(): Timeline {
  const t1 = [[30, 20], [21, 14], [20, 13]], t2 = [[24, 18], [16, 12], [15, 11]];
  return {
    timepoints: DATES.map((date, t) => ({
      date, liverSulMean: 2.1 + t / 10, liverSulSd: 0.3, mediastinumSuvMax: 1.8, tracer: 'FDG', ...(t === 0 ? { psmaTvMl: 12.5 } : {}),
      lesions: [
        { id: 'T1', role: 'target' as const, organ: 'liver', nodal: false, status: 'measured' as const, longMm: t1[t][0], shortMm: t1[t][1], meanHu: 61.5 - 10 * t, volumeMl: 9.4 - t, sulPeak: 5.25 - t, suvMax: 7.9 - t, deauville: 4 - t },
        { id: 'T2', role: 'target' as const, organ: 'lymph node', nodal: true, status: 'measured' as const, longMm: t2[t][0], shortMm: t2[t][1] },
        { id: 'NT1', role: 'non-target' as const, organ: 'lung', nodal: false, status: 'present' as const, ...(t === 2 ? { increased: true } : {}) },
        ...(t === 2 ? [{ id: 'N1', role: 'new' as const, organ: 'bone', nodal: false, status: 'present' as const, longMm: 12 }] : []),
      ],
    })),
  };
}

describe('longitudinal SR export', () => {
  it('exports each timepoint without warnings', () => {
    for (const e of exported) expect(e.warnings).toEqual([]);
  });

  it('warns when the export context names another patient than the reading', () => {
    const ctx = longitudinalContext(0);
    const e = exportReading(readings[0], { ...ctx, patient: { ...ctx.patient, issuer: undefined } });
    expect(e.warnings).toEqual([`the reading's longitudinal patient ${PATIENT.id} (issuer ${PATIENT.issuer}) differs from the exported patient ${PATIENT.id}: the SR carries the latter`]);
  });

  it('every lesion keeps its Tracking Unique Identifier across the three SRs', () => {
    const back = files.map((f) => importReading({ sr: f.bytes }, noGrid));
    for (const [t, r] of back.entries()) {
      if (!r.ok) throw new Error(r.error);
      expect(r.value.reading.lesions.map((l) => l.trackingUid)).toEqual(readings[t].lesions.map((l) => l.trackingUid));
    }
    expect(readings[2].lesions.map((l) => l.trackingUid)).toEqual([1, 2, 3, 4].map(trackingUid));
  });
});

describe('longitudinal SR import', () => {
  for (const t of [0, 1, 2]) {
    it(`timepoint ${t + 1}: lesions' longitudinal fields and the longitudinal block come back`, () => {
      const r = importReading({ sr: files[t].bytes }, noGrid);
      if (!r.ok) throw new Error(r.error);
      expect(r.value.skipped).toEqual([]);
      expect(r.value.notes).toEqual([]);
      const { alignment: _local, ...inSr } = readings[t].longitudinal!;
      expect(r.value.reading.longitudinal).toEqual(inSr);
      for (const [j, original] of readings[t].lesions.entries()) {
        const back = r.value.reading.lesions[j];
        // Without a tracking label the Tracking Identifier carries the name, and comes back as the label.
        const pick = (l: Reading['lesions'][number]) => ({ id: l.id, name: l.name, trackingIdentifier: l.trackingIdentifier ?? l.name, role: l.role, referenceRegion: l.referenceRegion, status: l.status, organ: l.organ,
          increased: l.increased, deauville: l.deauville, remeasure: l.remeasure, isLymphNode: l.isLymphNode, measurements: l.measurements });
        expect(pick(back)).toEqual(pick(original));
      }
    });
  }

  it('an SR of another tool (no longitudinal content) still imports, without a longitudinal block', async () => {
    const { foreignSr } = await import('../fixtures/foreignSr');
    const r = importReading({ sr: foreignSr() }, noGrid);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.reading.longitudinal).toBeUndefined();
    expect(r.value.reading.lesions.length).toBeGreaterThan(0);
  });
});

describe('timelineFromSrFiles', () => {
  it('rebuilds the 3-timepoint timeline from the SRs, in any file order', () => {
    const r = timelineFromSrFiles([files[2], files[0], files[1]]);
    if (!r.ok) throw new Error(r.error);
    expect(r.timeline).toEqual(expectedTimeline());
  });

  it('gives what @caliper/response parseTimeline accepts, unchanged', () => {
    const r = timelineFromSrFiles(files);
    if (!r.ok) throw new Error(r.error);
    expect(parseTimeline(JSON.parse(JSON.stringify(r.timeline)))).toEqual(r.timeline);
  });

  it('equals the timeline of the saved readings', () => {
    const fromReadings = timelineFromReadings(readings);
    if (!fromReadings.ok) throw new Error(fromReadings.error);
    expect(fromReadings.timeline).toEqual(expectedTimeline());
  });

  it('refuses SRs of two patients, naming both IDs and files', () => {
    const other = exportReading({ ...readings[1], longitudinal: { ...readings[1].longitudinal!, patientId: 'OTHER-7' } },
      { ...longitudinalContext(1), patient: { ...longitudinalContext(1).patient, id: 'OTHER-7' } });
    const r = timelineFromSrFiles([files[0], { name: 'other.sr.dcm', bytes: other.sr }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('other.sr.dcm');
    expect(r.error).toContain('"OTHER-7"');
    expect(r.error).toContain(`"${PATIENT.id}"`);
    expect(r.error).toContain('tp1.sr.dcm');
  });

  it('refuses the same PatientID from another issuer', () => {
    const ctx = longitudinalContext(1);
    const other = exportReading(readings[1], { ...ctx, patient: { ...ctx.patient, issuer: 'OTHER-HOSPITAL' } });
    const r = timelineFromSrFiles([files[0], { name: 'issuer.sr.dcm', bytes: other.sr }]);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/issuer\.sr\.dcm: patient "CAL-LONG-1" \(issuer "OTHER-HOSPITAL"\) is not patient "CAL-LONG-1" \(issuer "CALIPER-TEST"\)/);
  });

  it('names the file that is not an SR', () => {
    const r = timelineFromSrFiles([files[0], { name: 'junk.dcm', bytes: new Uint8Array([1, 2, 3]) }]);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/^junk\.dcm: /);
  });

  it('takes the latest SR of a study saved twice, and leaves out excluded and pre-baseline studies', () => {
    const resaved = longitudinalReading(1);
    resaved.lesions[0].measurements[0] = { name: 'Long axis', value: 22, unit: 'mm' };
    const later = exportReading(resaved, { ...longitudinalContext(1), now: new Date('2026-03-09T12:00:00Z') });
    const r = timelineFromSrFiles([...files, { name: 'tp2-resaved.sr.dcm', bytes: later.sr }]);
    if (!r.ok) throw new Error(r.error);
    expect(r.timeline.timepoints[1].lesions[0].longMm).toBe(22);

    // The third reading makes the second study its baseline and excludes nothing: the first drops out.
    const rebased = longitudinalReading(2);
    rebased.longitudinal!.baselineStudyInstanceUID = studyUid(1);
    const r2 = timelineFromReadings([readings[0], readings[1], rebased]);
    if (!r2.ok) throw new Error(r2.error);
    expect(r2.timeline.timepoints.map((t) => t.date)).toEqual([DATES[1], DATES[2]]);

    const excluding = longitudinalReading(2);
    excluding.longitudinal!.excludedStudyInstanceUIDs = [studyUid(1)];
    const r3 = timelineFromReadings([readings[0], readings[1], excluding]);
    if (!r3.ok) throw new Error(r3.error);
    expect(r3.timeline.timepoints.map((t) => t.date)).toEqual([DATES[0], DATES[2]]);
  });

  it("another tool's SRs: lesions joined by tracking UID, else by tracking identifier; the earliest study is the baseline", () => {
    const sr = (study: string, date: string, name: string) => ({ name, bytes: writeWithDcmjs({ ...foreignSrDataset(), StudyInstanceUID: study, StudyDate: date, SOPInstanceUID: `${study}.9` }) });
    const r = timelineFromSrFiles([sr('2.25.71', '20260301', 'b.dcm'), sr('2.25.70', '20260101', 'a.dcm')]);
    if (!r.ok) throw new Error(r.error);
    expect(r.timeline.timepoints.map((t) => t.date)).toEqual(['2026-01-01', '2026-03-01']);
    const ids = r.timeline.timepoints.map((t) => t.lesions.map((l) => l.id));
    // The 'faulty' group has no tracking UID (a new one on every import): joined by its identifier.
    expect(ids[0]).toContain('faulty');
    expect(ids[1]).toEqual(ids[0]);
    expect(r.timeline.timepoints[0].lesions[0]).toEqual({ id: 'Cornerstone3DTools@^0.1.0:Length', role: 'non-target', nodal: false, status: 'measured', longMm: 42.5 });
  });

  it('refuses two studies on one date, and a reading without its longitudinal block, naming them', () => {
    const sameDay = exportReading({ ...readings[1], studyInstanceUID: '2.25.4242424242.77' }, { ...longitudinalContext(1), study: { ...longitudinalContext(1).study, studyInstanceUID: '2.25.4242424242.77' } });
    const r = timelineFromSrFiles([...files, { name: 'same-day.sr.dcm', bytes: sameDay.sr }]);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/tp2\.sr\.dcm and same-day\.sr\.dcm|same-day\.sr\.dcm and tp2\.sr\.dcm/);
    const { longitudinal: _none, ...plain } = readings[1];
    const r2 = timelineFromReadings([readings[0], plain]);
    expect(r2).toEqual({ ok: false, error: `reading of study ${studyUid(1)}: no longitudinal block (patient and study date unknown)` });
  });

  it('reference ROIs (liver, mediastinum) are no lesions: they round-trip as such and give the reference values', () => {
    const withRefs = (t: number): Reading => {
      const r = longitudinalReading(t);
      r.lesions = r.lesions.filter((l) => l.referenceRegion === undefined);
      const ref = (n: number, region: 'liver' | 'mediastinum', measurements: Reading['lesions'][number]['measurements']) => ({
        ...r.lesions[2], id: `00000000-0000-4000-8000-0000000007${t}${n}`, trackingUid: `2.25.77${t}${n}`, trackingIdentifier: undefined, name: `${region} reference`,
        role: 'non-target' as const, status: undefined, organ: undefined, increased: undefined, referenceRegion: region, measurements,
      });
      r.lesions.push(ref(1, 'liver', [{ name: 'SULmean', value: 1.9 + t, unit: 'SUL' }, { name: 'SULSD', value: 0.25, unit: 'SUL' }]), ref(2, 'mediastinum', [{ name: 'SUVmax', value: 1.6, unit: 'SUVbw' }]));
      r.longitudinal!.timepointValues = { tracer: 'FDG' };
      return r;
    };
    const srs = [0, 1, 2].map((t) => ({ name: `ref${t}.dcm`, bytes: exportReading(withRefs(t), longitudinalContext(t)).sr }));
    const back = importReading({ sr: srs[1].bytes }, noGrid);
    if (!back.ok) throw new Error(back.error);
    expect(back.value.skipped).toEqual([]);
    expect(back.value.reading.lesions.map((l) => l.referenceRegion)).toEqual([undefined, undefined, undefined, 'liver', 'mediastinum']);
    const r = timelineFromSrFiles(srs);
    if (!r.ok) throw new Error(r.error);
    expect(r.timeline.timepoints.map((tp) => [tp.liverSulMean, tp.liverSulSd, tp.mediastinumSuvMax, tp.tracer, tp.lesions.length])).toEqual([
      [1.9, 0.25, 1.6, 'FDG', 3], [2.9, 0.25, 1.6, 'FDG', 3], [3.9, 0.25, 1.6, 'FDG', 4],
    ]);
  });
});
