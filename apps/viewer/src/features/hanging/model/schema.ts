import { z } from 'zod';

/**
 * The hanging-protocol file (public/hanging-protocols.json), version 1. Documented in
 * docs/hanging-protocols.md; a site edits the JSON, never the code.
 */

const regex = z.string().refine((s) => {
  try {
    new RegExp(s, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** Which series a rule accepts; every given field must hold (AND). */
export const SeriesRuleSchema = z
  .object({
    modality: z.string().min(1).max(16).optional(),
    /** Case-insensitive regular expression on SeriesDescription (0008,103E). */
    description: regex.optional(),
    /** Case-insensitive regular expression on BodyPartExamined (0018,0015). */
    bodyPart: regex.optional(),
    /** Acquisition plane from ImageOrientationPatient (normal within 30° of the axis). */
    orientation: z.enum(['axial', 'sagittal', 'coronal', 'oblique']).optional(),
    /** true: a diffusion series with ≥ 2 b-values; false: anything else. */
    diffusion: z.boolean().optional(),
    /** true: an ADC map (stored, or derived by Caliper from a DWI of the study). */
    adc: z.boolean().optional(),
    /**
     * A dynamic (perfusion) series — many phases at one set of slice positions, recognised from its
     * headers as the perfusion panel does (planDynamicSeries): true any, false none, or its kind:
     * 'dce' (T1-weighted MR), 'dsc' (T2*-weighted MR), 'ctp' (CT).
     */
    dynamic: z.union([z.boolean(), z.enum(['dce', 'dsc', 'ctp'])]).optional(),
    /** true: a series derived by Caliper (not stored in the archive). */
    derived: z.boolean().optional(),
    /** Minimum instance count (e.g. a dynamic series of many phases). */
    minImages: z.number().int().positive().optional(),
  })
  .strict();

export const ViewKindSchema = z.enum(['stack', 'axial', 'sagittal', 'coronal', 'fusion', 'mip']);

export const DisplaySchema = z
  .object({
    /** A W/L preset id of the toolbar (soft, lung, bone, liver, suv5, suv10, adc). */
    preset: z.string().min(1).max(32).optional(),
    /** Black-on-white grey scale. */
    invert: z.boolean().optional(),
    /** For a diffusion series: show only the images of its highest b-value. */
    highestB: z.boolean().optional(),
  })
  .strict();

export const ViewportRuleSchema = z
  .object({
    /** Shown in the picker's tooltip and the docs; the pane's own label comes from its view. */
    label: z.string().min(1).max(64),
    series: SeriesRuleSchema,
    /** For a fusion view: the series laid over `series` (PET over CT). */
    overlay: SeriesRuleSchema.optional(),
    view: ViewKindSchema,
    display: DisplaySchema.optional(),
    /** Prior | current protocols: which study of the patient's timeline this pane shows. */
    timepoint: z.enum(['prior', 'current']).optional(),
    /** A pane whose series is missing stays empty instead of rejecting the protocol. */
    optional: z.boolean().optional(),
  })
  .strict();

export const ProtocolSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'lower-case letters, digits and dashes'),
    name: z.string().min(1).max(80),
    description: z.string().max(400).optional(),
    /** Higher wins among the protocols matching a study. */
    priority: z.number().int().min(0).max(1000),
    match: z
      .object({
        /** Every one of these modalities must be in the study (none given: any study). */
        modalities: z.array(z.string().min(1).max(16)).optional(),
        /** Each rule must be met by at least one series of the study. */
        series: z.array(SeriesRuleSchema).optional(),
        /** true: only when an earlier study of the same patient is loaded (prior | current). */
        prior: z.boolean().optional(),
      })
      .strict(),
    layout: z.object({ rows: z.number().int().min(1).max(4), cols: z.number().int().min(1).max(4) }).strict(),
    viewports: z.array(ViewportRuleSchema).min(1).max(16),
    /** Panes that follow each other (scroll/zoom/pan, by LPS position). */
    sync: z
      .array(z.object({ viewports: z.array(z.number().int().min(0)).min(2), by: z.array(z.enum(['scroll', 'zoom', 'pan'])).min(1) }).strict())
      .optional(),
  })
  .strict();

export const ProtocolFileSchema = z.object({ version: z.literal(1), protocols: z.array(ProtocolSchema).min(1) }).strict();

export type SeriesRule = z.infer<typeof SeriesRuleSchema>;
export type ViewportRule = z.infer<typeof ViewportRuleSchema>;
export type HangingProtocol = z.infer<typeof ProtocolSchema>;
export type ProtocolFile = z.infer<typeof ProtocolFileSchema>;
export type HangingViewKind = z.infer<typeof ViewKindSchema>;
