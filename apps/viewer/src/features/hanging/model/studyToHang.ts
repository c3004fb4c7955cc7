/** A study among those an open listed. */
export interface OpenedStudy {
  readonly studyInstanceUID: string;
  readonly patientId: string;
  /** StudyDate (0008,0020), YYYYMMDD; '' when absent. */
  readonly studyDate: string;
  readonly studyTime?: string;
  /** Image series of the study that the open listed. */
  readonly seriesCount: number;
}

/**
 * Which study of an open (e.g. a dropped folder holding a prior and a follow-up) to arrange: the
 * latest by StudyDate/StudyTime — the earlier ones are its priors (prior | current) — then the one
 * with the most series. Undefined when the open listed no image series.
 */
export function studyToHang(studies: readonly OpenedStudy[]): string | undefined {
  const when = (s: OpenedStudy) => `${s.studyDate || '00000000'}${(s.studyTime ?? '').padEnd(6, '0')}`;
  return [...studies]
    .filter((s) => s.seriesCount > 0)
    .sort((a, b) => when(b).localeCompare(when(a)) || b.seriesCount - a.seriesCount || a.studyInstanceUID.localeCompare(b.studyInstanceUID))[0]?.studyInstanceUID;
}
