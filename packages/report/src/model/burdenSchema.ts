import { z } from 'zod';
import type { BurdenMethod } from '@caliper/engine/burden/types';
import { lps, uid } from './primitives';

const voxel = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]);
const nonneg = z.number().nonnegative();

/** A cropped 0/1 mask: inclusive voxel bbox and alternating 0/1 run lengths over it (encodeMaskRle). */
export const maskRleSchema = z.object({
  bbox: z.tuple([voxel, voxel]),
  runs: z.array(z.number().int().nonnegative()),
});

/** One whole-body lesion the reader kept (SUV values in SUVbw; `id` as in the panel's table). */
export const burdenLesionSchema = z.object({
  id: z.number().int().positive(),
  /** SR Tracking Unique Identifier of its measurement group. */
  trackingUid: uid,
  voxelCount: z.number().int().positive(),
  volumeMl: nonneg,
  suvMax: z.number(),
  suvPeak: z.number(),
  suvMean: z.number(),
  /** SUVmean × volumeMl, SUVbw·mL. */
  tlg: z.number(),
  centroidMm: lps,
  mask: maskRleSchema,
});

const referenceRegionValueSchema = z.object({
  centerMm: lps,
  diameterMm: z.number().positive(),
  mean: z.number(),
  sd: nonneg,
  max: z.number(),
  voxelCount: z.number().int().nonnegative(),
  unit: z.literal('SUVbw'),
  source: z.enum(['click', 'proposed']),
});

/** The reader's confirmed scores and extra reference regions (viewer features/burden/model/scoresState.ts). */
export const burdenScoresSchema = z.object({
  /** Burden lesion id → confirmed Deauville (1–5) and/or miPSMA (0–3). */
  confirmed: z.record(z.string().regex(/^[1-9][0-9]*$/), z.object({
    deauville: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
    mipsma: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional(),
  })),
  references: z.object({ parotid: referenceRegionValueSchema, spleen: referenceRegionValueSchema, muscle: referenceRegionValueSchema }).partial(),
  /** FMISO tumour/blood and FAZA tumour/muscle hypoxia thresholds used. */
  hypoxia: z.object({ fmisoTb: z.number().positive(), fazaTm: z.number().positive() }),
});

/**
 * The whole-body PET tumour burden of the reading (issue 14): what `caliper burden` reports for
 * the lesions the reader kept (removed ones are not saved; merged ones are saved merged), each
 * with its voxels, plus the exclusion mask, references, totals and confirmed scores. Everything
 * the panel needs to show the same lesions and totals without re-running the segmentation.
 */
export const burdenSchema = z.object({
  /** The PET series it was computed on. */
  seriesInstanceUID: uid,
  /** Voxel grid of that series (every mask lives on it). */
  dimensions: z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().positive()]),
  unit: z.literal('SUVbw'),
  method: z.enum(['suv2.5', 'suv4', 'pct41', 'percist', 'psma-suv3', 'psma-liver'] as const satisfies readonly BurdenMethod[]),
  thresholdSuv: z.number(),
  minVolumeMl: nonneg,
  exclusion: z.object({
    source: z.enum(['none', 'auto', 'edited', 'seg', 'nifti']),
    voxelCount: z.number().int().nonnegative(),
    organs: z.array(z.string().max(64)),
    mask: maskRleSchema.nullable(),
  }),
  reference: z.object({
    liver: z.object({ centerMm: lps, mean: z.number(), sd: nonneg, cv: nonneg, voxelCount: z.number().int().nonnegative() }).nullable(),
    liverSulMean: z.number().nullable(),
    liverSulSd: z.number().nullable(),
    mediastinumSuvMean: z.number().nullable(),
  }),
  lesions: z.array(burdenLesionSchema),
  totals: z.object({ lesionCount: z.number().int().nonnegative(), tmtvMl: nonneg, tlg: z.number(), dmaxMm: nonneg, sdmaxPerM: z.number().nullable() }),
  bsaM2: z.number().positive().nullable(),
  /** Janmahasatian LBM / weight of the patient (SUL = SUVbw × this); null when height or sex is missing. */
  sulPerSuvbw: z.number().positive().nullable(),
  /** The reader's edits of the result as computed (for the record: the lesions above already reflect them). */
  removedIds: z.array(z.number().int().positive()),
  mergedIds: z.array(z.array(z.number().int().positive())),
  notes: z.array(z.string()),
  scores: burdenScoresSchema,
  /** Tracking Unique Identifier of the SR's whole-body totals group. */
  trackingUid: uid,
  computedAt: z.string().optional(),
});

export type Burden = z.infer<typeof burdenSchema>;
export type BurdenLesionRecord = z.infer<typeof burdenLesionSchema>;
export type BurdenScores = z.infer<typeof burdenScoresSchema>;
export type MaskRleRecord = z.infer<typeof maskRleSchema>;
