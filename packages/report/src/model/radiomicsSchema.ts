import { z } from 'zod';
import { isoDateTime, uid } from './primitives';

/**
 * One IBSI-1 feature of a lesion, keyed as `caliper radiomics` keys it (IBSI code plus a
 * qualifier where the code alone is ambiguous: `8ZQL.2D:AVG`, `QCDE.2.5D`, `BC2M.V10`).
 * `value` null where IBSI leaves the feature undefined for the ROI. `unit` is the display unit
 * ("mm3", "HU", "(HU)2", "1", …), kept as text: it depends on the series' unit.
 */
export const radiomicsFeatureSchema = z.object({
  key: z.string().min(4).max(16),
  name: z.string().min(1),
  family: z.string().optional(),
  aggregation: z.string().optional(),
  value: z.number().nullable(),
  unit: z.string().min(1),
});

/**
 * The radiomics of a lesion (schema v4): the features as computed once on one series, with the
 * resolved settings (the CLI's `config` document), the ROI voxel counts, the Caliper version and when.
 */
export const lesionRadiomicsSchema = z.object({
  seriesInstanceUID: uid,
  /** The series' intensity unit the features were computed in (HU, SUVbw, 10^-3 mm2/s, raw, …). */
  unit: z.string().min(1),
  modality: z.string().optional(),
  /** The resolved settings, as `caliper radiomics --json` prints them under `config`. */
  settings: z.record(z.string(), z.unknown()),
  caliperVersion: z.string().min(1),
  computedAt: isoDateTime,
  roi: z.object({ morphologicalVoxels: z.number().int().min(0), intensityVoxels: z.number().int().min(0) }),
  features: z.array(radiomicsFeatureSchema),
});

export type RadiomicsFeatureRecord = z.infer<typeof radiomicsFeatureSchema>;
export type LesionRadiomics = z.infer<typeof lesionRadiomicsSchema>;
