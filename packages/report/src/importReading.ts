import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Reading, Segmentation } from './model/schema';
import { CURRENT_SCHEMA_VERSION, readingSchema } from './model/schema';
import type { ImportSegOptions } from './seg/importSeg';
import { importSeg } from './seg/importSeg';
import type { ImagePlane } from './sr/imagePlane';
import { importSr } from './sr/importSr';
import { longitudinalOfSr } from './sr/longitudinalOfSr';
import type { Skip } from './sr/parseMeasurement';
import { burdenFromSr } from './burden/burdenFromSr';

export interface ImportReadingInput {
  readonly sr?: Uint8Array;
  readonly segs?: readonly Uint8Array[];
}

export interface ImportReadingOptions {
  /** Grid of a referenced series (for SEG frames), by SeriesInstanceUID. */
  readonly target: ImportSegOptions['target'];
  /** Geometry of an image, for other tools' 2D SCOORDs. */
  readonly imagePlane?: (sopInstanceUID: string) => ImagePlane | undefined;
  /** Study being opened; objects of another study are refused. */
  readonly studyInstanceUID?: string;
  readonly now?: Date;
}

export interface ImportedReading {
  readonly reading: Reading;
  /** What was not imported and why, each path prefixed by its object ('SR', 'SEG 1'). */
  readonly skipped: readonly Skip[];
  readonly notes: readonly Skip[];
}

/**
 * Rebuild a reading from an SR (TID 1500) and its SEGs: lesions (with their longitudinal
 * attributes), segment links, labelmaps, the longitudinal block when the SR is Caliper's, and its
 * whole-body burden (lesion voxels from the burden SEG) when the SR has one.
 */
export function importReading(input: ImportReadingInput, options: ImportReadingOptions): Result<ImportedReading> {
  const skipped: Skip[] = [];
  const notes: Skip[] = [];
  const segmentations: Segmentation[] = [];
  const bySop = new Map<string, Segmentation>();
  let study = options.studyInstanceUID;
  for (const [x, bytes] of (input.segs ?? []).entries()) {
    const r = importSeg(bytes, { target: options.target });
    if (!r.ok) { skipped.push({ path: `SEG ${x + 1}`, reason: r.error }); continue; }
    segmentations.push(r.value.segmentation);
    bySop.set(r.value.sopInstanceUID, r.value.segmentation);
    skipped.push(...r.value.skipped.map((s) => ({ path: `SEG ${x + 1} > ${s.path}`, reason: s.reason })));
  }
  let lesions: Reading['lesions'] = [];
  let longitudinal: Reading['longitudinal'];
  let burden: Reading['burden'];
  let burdenSegId: string | undefined;
  if (input.sr !== undefined) {
    const r = importSr(input.sr, { segmentations: bySop, imagePlane: options.imagePlane });
    if (!r.ok) return err(`SR: ${r.error}`);
    if (study !== undefined && r.value.studyInstanceUID !== study) return err(`SR belongs to study ${r.value.studyInstanceUID}, not ${study}`);
    study = r.value.studyInstanceUID;
    lesions = r.value.lesions;
    longitudinal = longitudinalOfSr(r.value);
    // Caliper's whole-body burden: its lesions' segments are in their own SEG, which is not a reading segmentation.
    const wb = r.value.burden;
    const g = wb?.lesions[0]?.lesion.geometry;
    const seg = g?.kind === 'segment' ? segmentations.find((s) => s.id === g.segmentationId) : undefined;
    if (wb !== undefined && seg !== undefined) {
      const b = burdenFromSr(wb, seg);
      if (b.ok) {
        burden = b.value;
        burdenSegId = seg.id;
      } else skipped.push({ path: 'SR > whole-body burden', reason: b.error });
    } else if (wb !== undefined && wb.lesions.length > 0) skipped.push({ path: 'SR > whole-body burden', reason: 'its SEG is not loaded: lesion values only, the burden is not restored' });
    skipped.push(...r.value.skipped.map((s) => ({ path: `SR > ${s.path}`, reason: s.reason })));
    notes.push(...r.value.notes.map((s) => ({ path: `SR > ${s.path}`, reason: s.reason })));
  }
  if (study === undefined) return err('no SR and no study UID: cannot tell which study the reading belongs to');
  // Link each segment back to the lesion whose measurement group references it.
  const linked = segmentations.filter((seg) => seg.id !== burdenSegId).map((seg) => ({
    ...seg,
    segments: seg.segments.map((s) => {
      const lesion = lesions.find((l) => l.geometry.kind === 'segment' && l.geometry.segmentationId === seg.id && l.geometry.segmentNumber === s.number);
      return lesion === undefined ? s : { ...s, lesionId: lesion.id };
    }),
  }));
  const now = (options.now ?? new Date()).toISOString();
  const reading = {
    schemaVersion: CURRENT_SCHEMA_VERSION, studyInstanceUID: study, lesions, segmentations: linked, suvCorrections: [], createdAt: now, updatedAt: now,
    ...(longitudinal !== undefined ? { longitudinal } : {}),
    ...(burden !== undefined ? { burden } : {}),
  };
  const valid = readingSchema.safeParse(reading);
  if (!valid.success) return err(`imported reading is invalid: ${valid.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return ok({ reading: valid.data, skipped, notes });
}
