import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { ImportedReading, ImportReadingInput, ImportReadingOptions, Reading, Segmentation, Skip } from '@caliper/report';
import { CURRENT_SCHEMA_VERSION, importSeg, importSr, readingSchema } from '@caliper/report';

/**
 * @caliper/report's importReading, with lesion ids passed through `fixId` before validation: an
 * SR from another tool whose tracking UID maps to no RFC 4122 UUID would otherwise be refused
 * whole ("Invalid UUID"). Same steps: SEGs, then the SR, then segment ↔ lesion links.
 */
export function composeImport(input: ImportReadingInput, options: ImportReadingOptions, fixId: (id: string) => string): Result<ImportedReading> {
  const skipped: Skip[] = [];
  const notes: Skip[] = [];
  const segmentations: Segmentation[] = [];
  const bySop = new Map<string, Segmentation>();
  for (const [x, bytes] of (input.segs ?? []).entries()) {
    const r = importSeg(bytes, { target: options.target });
    if (!r.ok) { skipped.push({ path: `SEG ${x + 1}`, reason: r.error }); continue; }
    segmentations.push(r.value.segmentation);
    bySop.set(r.value.sopInstanceUID, r.value.segmentation);
    skipped.push(...r.value.skipped.map((s) => ({ path: `SEG ${x + 1} > ${s.path}`, reason: s.reason })));
  }
  if (!input.sr) return err('no SR');
  const r = importSr(input.sr, { segmentations: bySop, ...(options.imagePlane ? { imagePlane: options.imagePlane } : {}) });
  if (!r.ok) return err(`SR: ${r.error}`);
  if (options.studyInstanceUID !== undefined && r.value.studyInstanceUID !== options.studyInstanceUID) return err(`SR belongs to study ${r.value.studyInstanceUID}, not ${options.studyInstanceUID}`);
  const lesions = r.value.lesions.map((l) => ({ ...l, id: fixId(l.id) }));
  skipped.push(...r.value.skipped.map((s) => ({ path: `SR > ${s.path}`, reason: s.reason })));
  notes.push(...r.value.notes.map((s) => ({ path: `SR > ${s.path}`, reason: s.reason })));
  const linked = segmentations.map((seg) => ({
    ...seg,
    segments: seg.segments.map((s) => {
      const lesion = lesions.find((l) => l.geometry.kind === 'segment' && l.geometry.segmentationId === seg.id && l.geometry.segmentNumber === s.number);
      return lesion === undefined ? s : { ...s, lesionId: lesion.id };
    }),
  }));
  const now = (options.now ?? new Date()).toISOString();
  const reading: Reading = { schemaVersion: CURRENT_SCHEMA_VERSION, studyInstanceUID: r.value.studyInstanceUID, lesions, segmentations: linked, suvCorrections: [], createdAt: now, updatedAt: now };
  const valid = readingSchema.safeParse(reading);
  if (!valid.success) return err(`imported reading is invalid: ${valid.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return ok({ reading: valid.data, skipped, notes });
}
