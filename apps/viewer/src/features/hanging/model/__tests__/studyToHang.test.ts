import { describe, expect, it } from 'vitest';
import { studyToHang } from '../studyToHang';

describe('which study of an open is arranged', () => {
  const s = (uid: string, studyDate: string, seriesCount: number, studyTime?: string) => ({ studyInstanceUID: uid, patientId: 'P', studyDate, seriesCount, ...(studyTime ? { studyTime } : {}) });

  it('a folder with a baseline and a follow-up: the follow-up (its prior is the baseline)', () => {
    expect(studyToHang([s('base', '20260112', 4), s('fu1', '20260309', 4)])).toBe('fu1');
  });

  it('same day: the later StudyTime, then the study with more series', () => {
    expect(studyToHang([s('a', '20260112', 2, '090000'), s('b', '20260112', 1, '1430')])).toBe('b');
    expect(studyToHang([s('a', '20260112', 2), s('b', '20260112', 3)])).toBe('b');
  });

  it('no StudyDate counts as the earliest; an open that listed no image series arranges nothing', () => {
    expect(studyToHang([s('undated', '', 5), s('dated', '19990101', 1)])).toBe('dated');
    expect(studyToHang([s('sr-only', '20260112', 0)])).toBeUndefined();
    expect(studyToHang([])).toBeUndefined();
  });
});
