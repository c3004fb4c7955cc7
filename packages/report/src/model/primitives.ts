import { z } from 'zod';

/** Value schemas shared by the reading model: DICOM UIDs, patient LPS points (mm), ISO dates. */
export const uid = z.string().regex(/^[0-9]+(\.[0-9]+)*$/, 'DICOM UID').max(64);
export const lps = z.tuple([z.number(), z.number(), z.number()]);
export const vec3 = z.tuple([z.number(), z.number(), z.number()]);
export const isoDateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'ISO date-time');

/** Calendar date YYYY-MM-DD that exists (2026-02-30 is refused). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}, 'calendar date');
