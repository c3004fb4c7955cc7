import type { NaturalDataset } from 'dcmjs';

/** One referenced SOP instance, with the study and series it belongs to. */
export interface InstanceRef {
  readonly studyInstanceUID: string;
  readonly seriesInstanceUID: string;
  readonly sopClassUID: string;
  readonly sopInstanceUID: string;
}

/**
 * Current Requested Procedure Evidence Sequence items (Hierarchical SOP Instance Reference Macro,
 * PS3.3 C.17.2.1): study → series → instance, each listed once, in first-seen order.
 */
export function evidenceSequence(refs: readonly InstanceRef[]): NaturalDataset[] {
  const studies = new Map<string, Map<string, Map<string, string>>>();
  for (const r of refs) {
    const series = studies.get(r.studyInstanceUID) ?? new Map<string, Map<string, string>>();
    studies.set(r.studyInstanceUID, series);
    const sops = series.get(r.seriesInstanceUID) ?? new Map<string, string>();
    series.set(r.seriesInstanceUID, sops);
    sops.set(r.sopInstanceUID, r.sopClassUID);
  }
  return [...studies].map(([study, series]) => ({
    StudyInstanceUID: study,
    ReferencedSeriesSequence: [...series].map(([uid, sops]) => ({
      SeriesInstanceUID: uid,
      ReferencedSOPSequence: [...sops].map(([sop, cls]) => ({ ReferencedSOPClassUID: cls, ReferencedSOPInstanceUID: sop })),
    })),
  }));
}
