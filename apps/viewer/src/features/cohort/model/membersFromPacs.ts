import { memberFromSrs } from './memberFromSrs';
import type { MemberDraft } from './types';

/** What the cohort asks of a PACS (QIDO-RS / WADO-RS), injected so the flow is testable without one. */
export interface PacsLookup {
  /** The patient's studies (exact PatientID match; issuer when given). */
  studiesOf(patientId: string, issuer?: string): Promise<readonly { readonly studyInstanceUID: string }[]>;
  /** Every SR of a study, Part 10 bytes. */
  srsOf(studyInstanceUID: string): Promise<readonly Uint8Array[]>;
}

/**
 * One patient per PatientID (optionally "ID@issuer"): every SR of every study of the patient on
 * the PACS, read as Caliper's per-timepoint SRs (the latest SR of a study is its reading). The SR
 * files are named "pacs-sr-n.dcm" (never after the patient); a PACS failure or a patient without
 * SRs is that patient's error, the others still load. Patients in the order given.
 */
export async function membersFromPacs(patients: readonly string[], pacs: PacsLookup, onProgress?: (done: number) => void): Promise<MemberDraft[]> {
  const out: MemberDraft[] = [];
  for (const [i, raw] of patients.entries()) {
    const [id, issuer] = raw.split('@').map((s) => s.trim());
    let member: MemberDraft;
    try {
      const studies = await pacs.studiesOf(id, issuer || undefined);
      const srs = (await Promise.all(studies.map((s) => pacs.srsOf(s.studyInstanceUID)))).flat();
      member = !studies.length
        ? { files: [], source: 'pacs', input: { kind: 'error', reason: 'no studies of this patient on the PACS' } }
        : !srs.length
          ? { files: [], source: 'pacs', input: { kind: 'error', reason: `no SR (saved reading) in this patient's ${studies.length} stud${studies.length > 1 ? 'ies' : 'y'} on the PACS` } }
          : memberFromSrs(srs.map((bytes, k) => ({ name: `pacs-sr-${k + 1}.dcm`, bytes })), 'pacs');
    } catch (e) {
      // The message is the PACS client's (status and server), which never repeats the query.
      member = { files: [], source: 'pacs', input: { kind: 'error', reason: `PACS: ${e instanceof Error ? e.message : String(e)}` } };
    }
    out.push(member);
    onProgress?.(i + 1);
  }
  return out;
}
