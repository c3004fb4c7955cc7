/** DICOMweb server settings, kept in this browser's localStorage only (never sent elsewhere). */
export interface DicomWebSettings {
  readonly url: string;
  readonly token: string;
}

const KEY = 'caliper.dicomweb';

export function readDicomWebSettings(): DicomWebSettings {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<DicomWebSettings>;
    return { url: typeof v.url === 'string' ? v.url : '', token: typeof v.token === 'string' ? v.token : '' };
  } catch {
    return { url: '', token: '' };
  }
}

export function saveDicomWebSettings(s: DicomWebSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* storage disabled: settings last for this session only */
  }
}
