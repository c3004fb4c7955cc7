import type { ImagePlane, Lesion } from '@caliper/report';
import { importSr } from '@caliper/report';

/**
 * The lesions (reference regions left out) of each timepoint's SR, by study date (YYYY-MM-DD), in
 * the SR's order: the order the timeline builder gives its lesions, so timeline lesion j of a date
 * is lesion j here. Of several SRs of one study the latest (ContentDate/Time) counts, as for the
 * timeline. SRs that cannot be read are left out (the timeline has already named them).
 */
export function srLesionsByDate(files: readonly Uint8Array[], imagePlane?: (sop: string) => ImagePlane | undefined): Map<string, Lesion[]> {
  const latest = new Map<string, { date: string; savedAt: string; lesions: Lesion[] }>();
  for (const bytes of files) {
    const r = importSr(bytes, imagePlane ? { imagePlane } : {});
    if (!r.ok || r.value.studyDate === undefined) continue;
    const savedAt = r.value.contentDateTime ?? '';
    const prev = latest.get(r.value.studyInstanceUID);
    if (prev !== undefined && prev.savedAt >= savedAt) continue;
    latest.set(r.value.studyInstanceUID, { date: r.value.studyDate, savedAt, lesions: r.value.lesions.filter((l) => l.referenceRegion === undefined) });
  }
  return new Map([...latest.values()].map((s) => [s.date, s.lesions]));
}
