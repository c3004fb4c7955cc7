/** DICOM LO/PN values come padded and with stray spaces: compare them trimmed. */
export const clean = (v: string | undefined): string => (v ?? '').replace(/\0/g, '').trim();

/**
 * A timeline key: Patient ID within its issuer (IssuerOfPatientID). IDs are case-sensitive and
 * compared exactly (trimmed); an empty ID never links studies.
 */
export function timelineKey(patientId: string | undefined, issuer: string | undefined, studyInstanceUID: string): string {
  const id = clean(patientId);
  return id ? `pid:${JSON.stringify([id, clean(issuer)])}` : `study:${studyInstanceUID}`;
}

/**
 * Person name reduced for comparison: the alphabetic group only, components joined by one space,
 * upper case, trailing empty components dropped ('Doe^John^^^' = 'DOE^JOHN' = 'doe^john').
 */
export function comparableName(pn: string | undefined): string {
  return clean(pn)
    .split('=')[0]
    .split('^')
    .map((c) => c.trim().replace(/\s+/g, ' ').toUpperCase())
    .join('^')
    .replace(/\^+$/, '');
}
