import { z } from 'zod';
import { lesionLongitudinalFields, lesionRoleSchema, longitudinalSchema } from './longitudinalSchema';
import { isoDateTime, lps, uid, vec3 } from './primitives';
import { lesionRadiomicsSchema } from './radiomicsSchema';
import { burdenSchema } from './burdenSchema';

/**
 * The saved reading, schema version 4 (current). Every coordinate is patient LPS in mm
 * (core `PatientPoint`); every measured value carries its unit (core `Unit`).
 * v3 adds the longitudinal reading: per-lesion tracking label, role 'new', status, organ… and the
 * reading-level `longitudinal` block (patient, study date, baseline, criteria, responses).
 * v4 adds the optional per-lesion `radiomics` block (IBSI-1 features with their settings), and
 * later the optional per-lesion `locked` flag and edit `history` (optional and ignored by older
 * readers, so no version bump: a v4 reading without them is unchanged), and the optional
 * reading-level whole-body PET `burden` block (issue 14; same rule: optional, no bump).
 */
export const CURRENT_SCHEMA_VERSION = 4 as const;

export const unitSchema = z.enum([
  'HU', 'SUVbw', 'SUL', 'SUVbsa', 'Bq/mL', 'CNTS', '10^-3 mm2/s', '10^-6 mm2/s', 'raw',
  '/min', 'mM', 'mM·s', 's', 'mL/100 g/min', 'mL/100 g', 'ms',
  'mm', 'mm2', 'mL', 'mm3', 's/mm2', 'g', 'kg', 'Bq', '1', 'count', 'SUVbw·mL', 'SUL·mL',
]);

export const measurementSchema = z.object({
  name: z.string().min(1),
  value: z.number(),
  unit: unitSchema,
  method: z.string().optional(),
});

/** Instances of one series that a lesion or segmentation was drawn on / derived from. */
export const seriesReferenceSchema = z.object({
  seriesInstanceUID: uid,
  sopClassUID: uid,
  sopInstanceUIDs: z.array(uid),
  frameOfReferenceUID: uid.optional(),
});

/** RECIST bidirectional: long-axis and short-axis endpoints on one slice. */
const recistGeometry = z.object({
  kind: z.literal('recist'),
  longAxis: z.tuple([lps, lps]),
  shortAxis: z.tuple([lps, lps]).optional(),
  sopInstanceUID: uid.optional(),
});
/** A straight line (length tool). */
const lineGeometry = z.object({ kind: z.literal('line'), points: z.tuple([lps, lps]), sopInstanceUID: uid.optional() });
/** Ellipse as DICOM SCOORD3D ELLIPSE: major axis endpoints then minor axis endpoints. */
const ellipseGeometry = z.object({ kind: z.literal('ellipse'), points: z.tuple([lps, lps, lps, lps]), sopInstanceUID: uid.optional() });
/** Closed polygon (freehand / spline / rectangle), first point not repeated at the end. */
const polygonGeometry = z.object({ kind: z.literal('polygon'), points: z.array(lps).min(3), sopInstanceUID: uid.optional() });
/** No geometry: measurements only (e.g. imported from another tool's SR without usable coordinates). */
const noGeometry = z.object({ kind: z.literal('none') });
/** A segment of a labelmap segmentation stored in this reading. */
const segmentGeometry = z.object({ kind: z.literal('segment'), segmentationId: z.string().min(1), segmentNumber: z.number().int().min(1).max(65535) });

export const lesionGeometrySchema = z.discriminatedUnion('kind', [recistGeometry, lineGeometry, ellipseGeometry, polygonGeometry, segmentGeometry, noGeometry]);

const mainValueSchema = z.object({ name: z.string().max(64), value: z.number(), unit: z.string().max(16) });
/** One reader edit of a lesion (viewer features/measure/model/lesion.ts `LesionEdit`): what, when, main value before → after. */
export const lesionEditSchema = z.object({
  at: isoDateTime,
  via: z.enum(['edit', 'undo', 'redo']),
  fields: z.array(z.string().max(32)).max(32),
  before: mainValueSchema.optional(),
  after: mainValueSchema.optional(),
});

export const lesionSchema = z.object({
  id: z.uuid(),
  trackingUid: uid,
  name: z.string(),
  locationLabel: z.string().optional(),
  role: lesionRoleSchema,
  isLymphNode: z.boolean(),
  tool: z.string(),
  references: z.array(seriesReferenceSchema),
  geometry: lesionGeometrySchema,
  measurements: z.array(measurementSchema),
  ...lesionLongitudinalFields,
  radiomics: lesionRadiomicsSchema.optional(),
  /** Locked by the reader: no tool moves or resizes its drawing. */
  locked: z.boolean().optional(),
  /** The reader's edits of it, oldest first. */
  history: z.array(lesionEditSchema).max(10_000).optional(),
});

export const codeSchema = z.object({ value: z.string().min(1).max(16), scheme: z.string().min(1).max(16), meaning: z.string().min(1).max(64) });

export const segmentSchema = z.object({
  number: z.number().int().min(1).max(255),
  label: z.string().min(1).max(64),
  lesionId: z.uuid().optional(),
  category: codeSchema,
  type: codeSchema,
  algorithmType: z.enum(['MANUAL', 'SEMIAUTOMATIC', 'AUTOMATIC']),
  algorithmName: z.string().optional(),
  /** Display colour, sRGB 0..255. */
  color: z.tuple([z.number().int().min(0).max(255), z.number().int().min(0).max(255), z.number().int().min(0).max(255)]),
});

/** The referenced series' voxel grid (core `Geometry`). */
export const gridSchema = z.object({
  dimensions: z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().positive()]),
  origin: lps,
  rowDirection: vec3,
  columnDirection: vec3,
  sliceDirection: vec3,
  spacing: z.tuple([z.number().positive(), z.number().positive(), z.number().positive()]),
});

/**
 * Labelmap voxels (segment number per voxel, i-fastest order over the grid) run-length encoded
 * as alternating (value, runLength) pairs.
 */
export const labelmapRleSchema = z.object({
  encoding: z.literal('rle-u32'),
  runs: z.instanceof(Uint32Array),
});

export const segmentationSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  reference: seriesReferenceSchema,
  frameOfReferenceUID: uid,
  grid: gridSchema,
  /** SOP instance UID of each slice k of the grid (length = dimensions[2]). */
  sliceSopInstanceUIDs: z.array(uid),
  segments: z.array(segmentSchema),
  labelmap: labelmapRleSchema,
});

export const suvCorrectionSchema = z.object({
  seriesInstanceUID: uid,
  weightKg: z.number().positive().optional(),
  injectedDoseBq: z.number().positive().optional(),
  /** Injection date-time, ISO 8601. */
  injectionDateTime: isoDateTime.optional(),
});

/**
 * The burden's PET series as the SEG written with the reading needs it (each burden lesion one
 * segment on this grid): absent when the series' DICOM identity was not known at save time.
 */
export const burdenSourceSchema = z.object({
  reference: seriesReferenceSchema,
  frameOfReferenceUID: uid,
  grid: gridSchema,
  sliceSopInstanceUIDs: z.array(uid),
});

export const readingBurdenSchema = burdenSchema.extend({ source: burdenSourceSchema.optional() });

export const readingSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  studyInstanceUID: uid,
  lesions: z.array(lesionSchema),
  segmentations: z.array(segmentationSchema),
  suvCorrections: z.array(suvCorrectionSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  longitudinal: longitudinalSchema.optional(),
  /** Whole-body PET tumour burden (lesions with their masks, totals, scores); see burdenSchema. */
  burden: readingBurdenSchema.optional(),
});

export type Reading = z.infer<typeof readingSchema>;
export type Lesion = z.infer<typeof lesionSchema>;
export type LesionGeometry = z.infer<typeof lesionGeometrySchema>;
export type StoredMeasurement = z.infer<typeof measurementSchema>;
export type SeriesReference = z.infer<typeof seriesReferenceSchema>;
export type Segmentation = z.infer<typeof segmentationSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Grid = z.infer<typeof gridSchema>;
export type LabelmapRle = z.infer<typeof labelmapRleSchema>;
export type SuvCorrection = z.infer<typeof suvCorrectionSchema>;
export type CodedValue = z.infer<typeof codeSchema>;
export type ReadingBurden = z.infer<typeof readingBurdenSchema>;
export type BurdenSource = z.infer<typeof burdenSourceSchema>;
