import { describe, expect, it } from 'vitest';
import { buildTimelines, type TimelineStudy } from '../buildTimelines';

const study = (uid: string, patientId: string, studyDate: string, extra: Partial<TimelineStudy> = {}): TimelineStudy => ({
  studyInstanceUID: uid,
  patientName: 'DOE^JANE',
  patientId,
  studyDate,
  studyDescription: `study ${uid}`,
  source: 'files',
  ...extra,
});

describe('buildTimelines', () => {
  it('orders one patient’s studies by date, baseline = earliest, days from baseline', () => {
    const t = buildTimelines([study('c', 'P1', '20260504'), study('a', 'P1', '20260112'), study('b', 'P1', '20260309')]);
    expect(t).toHaveLength(1);
    expect(t[0].timepoints.map((x) => x.studyInstanceUID)).toEqual(['a', 'b', 'c']);
    expect(t[0].timepoints.map((x) => x.dayFromBaseline)).toEqual([0, 56, 112]);
    expect(t[0].baselineStudyUID).toBe('a');
    expect(t[0].timepoints.map((x) => x.isBaseline)).toEqual([true, false, false]);
    expect(t[0].warnings).toEqual([]);
  });

  it('orders same-day studies by study time', () => {
    const t = buildTimelines([study('pm', 'P1', '20260101', { studyTime: '153000' }), study('am', 'P1', '20260101', { studyTime: '081500.123' })]);
    expect(t[0].timepoints.map((x) => x.studyInstanceUID)).toEqual(['am', 'pm']);
  });

  it('never merges different patients', () => {
    const t = buildTimelines([study('a', 'P1', '20260101'), study('b', 'P2', '20260201', { patientName: 'ROE^RICHARD' })]);
    expect(t).toHaveLength(2);
    expect(t.map((x) => x.timepoints.map((p) => p.studyInstanceUID))).toEqual([['a'], ['b']]);
  });

  it('does not merge the same Patient ID from different issuers, and says so', () => {
    const t = buildTimelines([
      study('a', 'P1', '20260101', { issuerOfPatientId: 'HOSP-A' }),
      study('b', 'P1', '20260201', { issuerOfPatientId: 'HOSP-B' }),
      study('c', 'P1', '20260301'),
    ]);
    expect(t).toHaveLength(3);
    const a = t.find((x) => x.issuerOfPatientId === 'HOSP-A')!;
    expect(a.timepoints).toHaveLength(1);
    expect(a.warnings).toEqual([
      'Patient ID P1 also appears without an issuer: kept as a different patient.',
      'Patient ID P1 also appears under issuer HOSP-B: kept as a different patient.',
    ]);
  });

  it('merges the same Patient ID and issuer (padding trimmed)', () => {
    const t = buildTimelines([study('a', 'P1 ', '20260101', { issuerOfPatientId: 'X' }), study('b', 'P1', '20260201', { issuerOfPatientId: 'X ' })]);
    expect(t).toHaveLength(1);
    expect(t[0].issuerOfPatientId).toBe('X');
  });

  it('gives a study without Patient ID a timeline of its own, with a warning', () => {
    const t = buildTimelines([study('a', '', '20260101'), study('b', '  ', '20260201'), study('c', 'P1', '20260301')]);
    expect(t).toHaveLength(3);
    const lone = t.filter((x) => x.key.startsWith('study:'));
    expect(lone.map((x) => x.timepoints[0].studyInstanceUID).sort()).toEqual(['a', 'b']);
    for (const x of lone) expect(x.warnings[0]).toMatch(/No Patient ID/);
  });

  it('merges same ID and issuer but flags differing patient names', () => {
    const t = buildTimelines([study('a', 'P1', '20260101'), study('b', 'P1', '20260201', { patientName: 'SMITH^JANE' })]);
    expect(t).toHaveLength(1);
    expect(t[0].warnings[0]).toMatch(/Patient names differ.*DOE\^JANE \/ SMITH\^JANE/);
    // Formatting differences are the same name.
    expect(buildTimelines([study('a', 'P1', '20260101'), study('b', 'P1', '20260201', { patientName: 'doe^jane^^' })])[0].warnings).toEqual([]);
  });

  it('lists undated studies last with no day count', () => {
    const t = buildTimelines([study('x', 'P1', ''), study('a', 'P1', '20260101')]);
    expect(t[0].timepoints.map((p) => [p.studyInstanceUID, p.dayFromBaseline])).toEqual([['a', 0], ['x', null]]);
    expect(t[0].warnings.some((w) => /no valid study date/.test(w))).toBe(true);
  });

  it('honours the reader’s baseline and exclusions', () => {
    const s = [study('a', 'P1', '20260112'), study('b', 'P1', '20260309'), study('c', 'P1', '20260504')];
    const key = buildTimelines(s)[0].key;
    const chosen = buildTimelines(s, { choices: { baselines: { [key]: 'b' } } })[0];
    expect(chosen.baselineStudyUID).toBe('b');
    expect(chosen.timepoints.map((x) => x.dayFromBaseline)).toEqual([-56, 0, 56]);
    // Excluding the earliest moves the default baseline to the next study.
    const ex = buildTimelines(s, { choices: { excluded: { a: true } } })[0];
    expect(ex.baselineStudyUID).toBe('b');
    expect(ex.timepoints[0].excluded).toBe(true);
    // An excluded study cannot stay the baseline.
    expect(buildTimelines(s, { choices: { baselines: { [key]: 'c' }, excluded: { c: true } } })[0].baselineStudyUID).toBe('a');
  });

  it('lists each timepoint’s image modalities, not its reading objects', () => {
    const t = buildTimelines([study('a', 'P1', '20260101')], {
      series: [
        { studyInstanceUID: 'a', modality: 'PT' },
        { studyInstanceUID: 'a', modality: 'CT' },
        { studyInstanceUID: 'a', modality: 'CT' },
        { studyInstanceUID: 'a', modality: 'SR' },
      ],
    });
    expect(t[0].timepoints[0].modalities).toEqual(['CT', 'PT']);
  });
});
