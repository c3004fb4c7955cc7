import { appStore } from '../../../app/store';
import { downloadBytes } from './download';
import { exportFileName } from './exportName';

/** The export name for the current (or given) study: date and modalities; the patient ID only when the reader asked. */
export function studyExportName(what: string, ext: string, studyInstanceUID?: string): string {
  const s = appStore.getState();
  const uid = studyInstanceUID ?? (() => {
    const series = s.assignments[s.activeViewport]?.seriesUID ?? Object.values(s.assignments).find((a) => a?.seriesUID)?.seriesUID;
    return series ? s.series[series]?.studyInstanceUID : Object.keys(s.studies)[0];
  })();
  const study = uid ? s.studies[uid] : undefined;
  const modalities = Object.values(s.series).filter((x) => x.studyInstanceUID === uid).map((x) => x.modality);
  return exportFileName({ studyDate: study?.studyDate ?? '', modalities, what, ext, ...(s.ui.idsInFileNames && study?.patientId ? { patientId: study.patientId } : {}) });
}

/** Download a file; downloadBytes says where it went (a toast with its name). */
export function saveExport(name: string, type: string, bytes: Uint8Array | string | Blob): void {
  downloadBytes(name, type, bytes);
}
