import { timelineFromSrFiles } from '@caliper/report';
import { readPart10 } from '@caliper/report/dicom/part10';
import { identifiersOf, redact } from './redact';
import type { MemberDraft } from './types';

export interface SrFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Whose SR a header is: PatientID and IssuerOfPatientID (PS3.3 C.7.1.1), never shown. */
interface Owner {
  readonly id: string;
  readonly issuer?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : undefined);

/** Whether two owners can be one patient: same ID, and the same issuer when both have one. */
const samePatient = (a: Owner, b: Owner): boolean => a.id === b.id && (a.issuer === undefined || b.issuer === undefined || a.issuer === b.issuer);

/**
 * One patient from Caliper's per-timepoint TID 1500 SRs (@caliper/report timelineFromSrFiles).
 * The SRs of a set must be one patient's (PatientID + issuer): a set mixing patients is an error
 * naming the files of each, never their IDs; every message and file name has the patients'
 * identifiers (ID, issuer, name, birth date, accession) redacted.
 */
export function memberFromSrs(files: readonly SrFile[], source: 'sr' | 'pacs' = 'sr'): MemberDraft {
  const secrets: string[] = [];
  const owners: { owner: Owner; names: string[] }[] = [];
  for (const f of files) {
    const ds = readPart10(f.bytes);
    if (!ds.ok) continue; // timelineFromSrFiles names the file and why
    const h = ds.value as Record<string, unknown>;
    secrets.push(...identifiersOf(h));
    const id = str(h.PatientID);
    if (!id) continue;
    const issuer = str(h.IssuerOfPatientID) || undefined;
    const owner: Owner = { id, ...(issuer ? { issuer } : {}) };
    const same = owners.find((o) => samePatient(o.owner, owner));
    if (same) same.names.push(f.name);
    else owners.push({ owner, names: [f.name] });
  }
  const names = files.map((f) => redact(f.name, secrets));
  const clean = (s: string) => redact(s, secrets);
  if (files.length === 0) return { files: [], source, input: { kind: 'error', reason: 'no SR files' } };
  if (owners.length > 1) {
    const groups = owners.map((o, i) => `patient ${String.fromCharCode(65 + (i % 26))}: ${o.names.map(clean).join(', ')}`).join('; ');
    return { files: names, source, input: { kind: 'error', reason: `SRs of ${owners.length} different patients in one patient's set (${groups}); a patient's set must be one patient's readings` } };
  }
  const r = timelineFromSrFiles(files);
  if (!r.ok) return { files: names, source, input: { kind: 'error', reason: clean(r.error) } };
  return { files: names, source, input: { kind: 'timeline', timeline: r.timeline } };
}
