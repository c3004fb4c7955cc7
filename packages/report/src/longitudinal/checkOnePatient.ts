import type { TimepointSource } from './timepointSource';

const who = (s: TimepointSource): string => (s.issuer === undefined ? `"${s.patientId}"` : `"${s.patientId}" (issuer "${s.issuer}")`);

/**
 * Why these readings are not one patient's, or undefined when they are. The key is PatientID +
 * IssuerOfPatientID (PS3.3 C.7.1.1): the same PatientID from two issuers is two patients. A
 * reading without an issuer (another tool's SR) matches on PatientID alone.
 */
export function checkOnePatient(sources: readonly TimepointSource[]): string | undefined {
  const first = sources[0];
  let issued = sources.find((s) => s.issuer !== undefined);
  for (const s of sources) {
    if (s.patientId !== first.patientId) return `${s.label}: patient ${who(s)} is not patient ${who(first)} of ${first.label}; a timeline is one patient's`;
    if (s.issuer !== undefined && issued !== undefined && s.issuer !== issued.issuer) return `${s.label}: patient ${who(s)} is not patient ${who(issued)} of ${issued.label}; a timeline is one patient's`;
    issued ??= s;
  }
  return undefined;
}
