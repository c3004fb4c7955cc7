/** What the file name may say about the study (no identifier unless the reader asks for one). */
export interface ExportNameInput {
  /** DICOM DA (YYYYMMDD) of the study, '' when unknown. */
  readonly studyDate: string;
  /** Modalities of the study's series (e.g. ['CT', 'PT']). */
  readonly modalities: readonly string[];
  /** What is in the file: "lesions", "sr", "seg-2"… */
  readonly what: string;
  /** File extension without the dot. */
  readonly ext: string;
  /** Patient ID, only when the reader ticked "patient ID in file names". */
  readonly patientId?: string;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * A download's name from the study: "caliper_2026-01-05_CT-PT_lesions.csv" — date and modalities,
 * never the patient's name; the patient ID only when asked ("caliper_ID123_2026-01-05_CT_sr.dcm").
 */
export function exportFileName(i: ExportNameInput): string {
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(i.studyDate);
  const date = d ? `${d[1]}-${d[2]}-${d[3]}` : 'undated';
  const mods = [...new Set(i.modalities.map(safe).filter((m) => m && m !== 'SR' && m !== 'SEG' && m !== 'KO'))].sort();
  // An identifier from the data set is untrusted: ASCII only and at most 32 characters in a file name.
  const id = i.patientId ? safe(i.patientId).slice(0, 32).replace(/-$/, '') : '';
  return ['caliper', id, date, mods.join('-') || 'study', safe(i.what)].filter(Boolean).join('_') + `.${i.ext}`;
}
