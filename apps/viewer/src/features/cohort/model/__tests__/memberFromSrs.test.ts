import { describe, expect, it } from 'vitest';
import { exportReading } from '@caliper/report';
import { PATIENT, longitudinalContext, longitudinalReading } from '@caliper/report/fixtures/longitudinalReadings';
import { membersFromFiles } from '../groupFiles';
import { memberFromSrs } from '../memberFromSrs';
import { redact } from '../redact';

const srs = [0, 1, 2].map((t) => ({ name: `tp${t + 1}.sr.dcm`, bytes: exportReading(longitudinalReading(t), longitudinalContext(t)).sr }));
const otherPatient = (() => {
  const r = longitudinalReading(1);
  const ctx = longitudinalContext(1);
  return exportReading({ ...r, longitudinal: { ...r.longitudinal!, patientId: 'OTHER-7' } }, { ...ctx, patient: { ...ctx.patient, id: 'OTHER-7', name: 'Zed^Quux' } }).sr;
})();
const leaks = (s: string) => ['CAL-LONG-1', 'OTHER-7', 'Course', 'Longitudinal', 'Zed', 'Quux', 'CALIPER-TEST'].filter((id) => s.includes(id));

describe('memberFromSrs', () => {
  it('one patient\'s per-timepoint SRs give their timeline (three dates)', () => {
    const m = memberFromSrs(srs);
    expect(m.input.kind).toBe('timeline');
    if (m.input.kind === 'timeline') expect((m.input.timeline as { timepoints: { date: string }[] }).timepoints.map((t) => t.date)).toEqual(['2026-01-05', '2026-03-02', '2026-05-04']);
  });

  it('two patients\' SRs in one set: an error naming the files of each, never an identifier', () => {
    const m = memberFromSrs([srs[0], { name: 'other.sr.dcm', bytes: otherPatient }]);
    expect(m.input.kind).toBe('error');
    const reason = m.input.kind === 'error' ? m.input.reason : '';
    expect(reason).toContain('2 different patients');
    expect(reason).toContain('tp1.sr.dcm');
    expect(reason).toContain('other.sr.dcm');
    expect(leaks(reason)).toEqual([]);
  });

  it('identifiers in file and folder names are redacted', () => {
    const m = memberFromSrs(srs.map((f) => ({ ...f, name: `${PATIENT.id}/Course^Longitudinal_${f.name}` })));
    expect(m.files.every((f) => leaks(f).length === 0)).toBe(true);
    expect(m.files[0]).toBe('[identifier]/[identifier]_tp1.sr.dcm');
  });

  it('a file that is not a reading is named with the reason', () => {
    const m = memberFromSrs([srs[0], { name: 'junk.dcm', bytes: new Uint8Array([1, 2, 3]) }]);
    expect(m.input.kind === 'error' && m.input.reason.startsWith('junk.dcm:')).toBe(true);
  });
});

describe('membersFromFiles', () => {
  it('one patient per folder of SRs, one per JSON file, in the order given', () => {
    const tl = new TextEncoder().encode(JSON.stringify({ timepoints: [] }));
    const ms = membersFromFiles([
      { name: 'x.json', bytes: tl },
      ...srs.map((f) => ({ ...f, path: `arm/p1/${f.name}` })),
      { name: 'other.sr.dcm', path: 'arm/p2/other.sr.dcm', bytes: otherPatient },
    ]);
    // p2 holds a follow-up whose baseline SR is missing: that patient's error, named.
    expect(ms.map((m) => [m.source, m.files.length, m.input.kind])).toEqual([['timeline', 1, 'timeline'], ['sr', 3, 'timeline'], ['sr', 1, 'error']]);
    expect(ms[2].input.kind === 'error' && ms[2].input.reason).toMatch(/^arm\/p2\/other\.sr\.dcm: its baseline study .* is not among the given readings$/);
  });
});

describe('redact', () => {
  it('replaces identifiers case-insensitively, longest first, ignoring very short ones', () => {
    expect(redact('smith_JOHN-12345.dcm', ['John', '12345', 'Smith^John', 'smith', 'J'])).toBe('[identifier]_[identifier]-[identifier].dcm');
  });
});
