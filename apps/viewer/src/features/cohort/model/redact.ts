/**
 * `text` with every identifier string replaced by "[identifier]" (case-insensitive). Identifiers
 * shorter than 3 characters are left alone: they would blank out ordinary words, and a one- or
 * two-letter ID identifies no one in a file name.
 */
export function redact(text: string, identifiers: readonly string[]): string {
  let out = text;
  const ids = [...new Set(identifiers.map((s) => s.trim()).filter((s) => s.length >= 3))].sort((a, b) => b.length - a.length);
  for (const id of ids) out = out.replace(new RegExp(id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '[identifier]');
  return out;
}

/** The strings of a DICOM header that identify a patient: ID, issuer, name and its parts, birth date, accession. */
export function identifiersOf(header: { PatientID?: unknown; IssuerOfPatientID?: unknown; PatientName?: unknown; PatientBirthDate?: unknown; AccessionNumber?: unknown; OtherPatientIDs?: unknown }): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object' && 'Alphabetic' in v) add((v as { Alphabetic?: unknown }).Alphabetic);
  };
  add(header.PatientID);
  add(header.IssuerOfPatientID);
  add(header.PatientBirthDate);
  add(header.AccessionNumber);
  add(header.OtherPatientIDs);
  const names: string[] = [];
  const addName = (v: unknown) => {
    if (typeof v === 'string' && v.trim()) names.push(v.trim());
    else if (Array.isArray(v)) v.forEach(addName);
    else if (v && typeof v === 'object' && 'Alphabetic' in v) addName((v as { Alphabetic?: unknown }).Alphabetic);
  };
  addName(header.PatientName);
  for (const n of names) {
    out.push(n, n.replace(/\^+/g, ' ').trim());
    out.push(...n.split(/[\^ =]+/));
  }
  return out.filter((s) => s.length > 0);
}
