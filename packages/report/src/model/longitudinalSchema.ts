import { z } from 'zod';
import { CRITERIA, LESION_STATUSES } from '@caliper/response/types';
import { isoDate, isoDateTime, lps, uid, vec3 } from './primitives';

// Values come from '@caliper/response/types' (not the package root) so the reading schema does not
// load the criteria implementations.

/** RECIST role: chosen at baseline (target / non-target) or found at a follow-up (new). */
export const lesionRoleSchema = z.enum(['target', 'non-target', 'new']);
/** The lesion's state at this timepoint (@caliper/response LesionStatus); absent means 'measured'. */
export const lesionStatusSchema = z.enum(LESION_STATUSES);
export const criteriaSchema = z.enum(CRITERIA);

export const referenceRegionSchema = z.enum(['liver', 'mediastinum']);

/** How to re-measure the lesion on the next study: the tool and its settings (grow bounds, PET threshold rule…). */
export const remeasureSchema = z.object({
  tool: z.string().min(1),
  params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});

/**
 * Rigid alignment of this study to a prior one, as the viewer's timeline computes it: current
 * patient LPS mm → prior LPS mm, p_prior = R · p_current + t (R row-major, 9 numbers). `method`
 * says how it was obtained ('same-frame', 'series-centre', 'registration', 'landmark'); the
 * reader's landmark pair is kept so the alignment can be checked or redone.
 */
export const alignmentSchema = z.object({
  priorStudyInstanceUID: uid,
  rotation: z.array(z.number()).length(9),
  translationMm: vec3,
  method: z.string().min(1),
  landmark: z.object({ priorMm: lps, currentMm: lps }).optional(),
});

/** Study-level values the PET criteria need (PERCIST liver reference in SUL, Lugano mediastinum, RECIP PSMA-TV, whole-body burden). */
export const timepointValuesSchema = z.object({
  liverSulMean: z.number().nonnegative().optional(),
  liverSulSd: z.number().nonnegative().optional(),
  mediastinumSuvMax: z.number().nonnegative().optional(),
  psmaTvMl: z.number().nonnegative().optional(),
  /** Whole-body burden: highest reader-confirmed Deauville score (Lugano) and hottest lesion SULpeak (PERCIST without tracked lesions). */
  wholeBodyDeauville: z.number().int().min(1).max(5).optional(),
  wholeBodySulPeak: z.number().nonnegative().optional(),
  tracer: z.string().min(1).max(64).optional(),
});

/** One assessment of this timepoint under one criterion, as `caliper response` gave it. */
export const responseRecordSchema = z.object({
  criteria: criteriaSchema,
  response: z.string().min(1).max(64),
  reasons: z.array(z.string()),
  assessedAt: isoDateTime,
});

/**
 * Where this reading sits in the patient's longitudinal reading: who (PatientID + issuer), when
 * (study date), against which baseline, which studies the reader left out, and the responses.
 */
export const longitudinalSchema = z.object({
  patientId: z.string().min(1).max(64),
  issuer: z.string().min(1).max(64).optional(),
  studyDate: isoDate,
  baselineStudyInstanceUID: uid,
  excludedStudyInstanceUIDs: z.array(uid),
  criteria: criteriaSchema,
  alignment: alignmentSchema.optional(),
  timepointValues: timepointValuesSchema.optional(),
  responses: z.array(responseRecordSchema),
});

/** Per-lesion longitudinal fields (schema v3), all optional so v2 lesions stay valid. */
export const lesionLongitudinalFields = {
  /** Human label shared across timepoints ("T1", "NT2"); the SR Tracking Identifier. */
  trackingIdentifier: z.string().min(1).max(64).optional(),
  status: lesionStatusSchema.optional(),
  /** Organ for RECIST's per-organ target limits (free text, e.g. "liver"). */
  organ: z.string().min(1).max(64).optional(),
  /** Non-target / new: grew since the previous assessment. */
  increased: z.boolean().optional(),
  remeasure: remeasureSchema.optional(),
  /** Lugano Deauville five-point score. */
  deauville: z.number().int().min(1).max(5).optional(),
  /**
   * Not a lesion: the reference ROI of the criteria (PERCIST liver SUL, Lugano mediastinal blood
   * pool). Kept out of the timeline's lesions; its values give the timepoint's reference values.
   */
  referenceRegion: referenceRegionSchema.optional(),
};

export type LesionRole = z.infer<typeof lesionRoleSchema>;
export type Longitudinal = z.infer<typeof longitudinalSchema>;
export type Alignment = z.infer<typeof alignmentSchema>;
export type TimepointValues = z.infer<typeof timepointValuesSchema>;
export type ResponseRecord = z.infer<typeof responseRecordSchema>;
export type Remeasure = z.infer<typeof remeasureSchema>;
export type ReferenceRegion = z.infer<typeof referenceRegionSchema>;
