import type { LesionRole, LesionStatus, Timeline, TimelineLesion, Timepoint } from '../types';

/** Tiny builders for hand-computed timelines. */
export function lesion(id: string, role: LesionRole, status: LesionStatus, extra: Partial<TimelineLesion> = {}): TimelineLesion {
  return { id, role, status, organ: extra.organ ?? `organ-${id}`, ...extra };
}
export const target = (id: string, longMm: number, extra: Partial<TimelineLesion> = {}) => lesion(id, 'target', 'measured', { longMm, ...extra });
export const node = (id: string, shortMm: number, extra: Partial<TimelineLesion> = {}) => lesion(id, 'target', 'measured', { nodal: true, shortMm, longMm: shortMm + 5, ...extra });
export const nonTarget = (id: string, status: LesionStatus = 'present', extra: Partial<TimelineLesion> = {}) => lesion(id, 'non-target', status, extra);
export const newLesion = (id: string, status: LesionStatus = 'present', extra: Partial<TimelineLesion> = {}) => lesion(id, 'new', status, extra);

export function tp(date: string, lesions: TimelineLesion[], extra: Partial<Timepoint> = {}): Timepoint {
  return { date, lesions, ...extra };
}
export const timeline = (...timepoints: Timepoint[]): Timeline => ({ timepoints });

/** Dates 8 weeks apart from 2025-01-06. */
export const D = ['2025-01-06', '2025-03-03', '2025-04-28', '2025-06-23', '2025-08-18', '2025-10-13', '2025-12-08', '2026-02-02', '2026-03-30', '2026-05-25'];
