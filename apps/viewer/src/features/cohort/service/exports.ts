import { downloadBytes } from '../../persistence/ui/download';
import { buildCohortPdf, cohortCsv } from '@caliper/board';
import { CALIPER_VERSION } from '@caliper/report/dicom/exportContext';
import { appStore } from '../../../app/store';
import { fileStem } from '../model/fileStem';
import { selectCohortMemo } from '../model/selectCohort';
import { composePng } from './composePng';

const current = () => {
  const s = appStore.getState();
  return { s, view: selectCohortMemo(s.cohortMembers, s.cohortCriteria) };
};

/** File names from the cohort label only (never an identifier): "Arm A" → arm-a-cohort.csv. */
export const exportName = (kind: 'csv' | 'pdf' | 'png'): string => `${fileStem(appStore.getState().cohortLabel)}.${kind}`;

/** The per-patient table (waterfall order) as CSV. */
export function csvText(): string {
  const { s, view } = current();
  return cohortCsv(view.stats, { criteria: s.cohortCriteria });
}

/** The cohort PDF of `caliper board --cohort` (ORR/DCR, waterfall, swimmer, table), with the cohort label. */
export function pdfBytes(): Promise<Uint8Array> {
  const { s, view } = current();
  return buildCohortPdf(view.stats, { version: CALIPER_VERSION, criteria: s.cohortCriteria, label: s.cohortLabel });
}

/** A PNG of the view: header, rates and both plots as shown (dark theme). */
export function pngBlob(): Promise<Blob> {
  const el = document.querySelector<HTMLElement>('[data-testid="cohort-view"]');
  if (!el) return Promise.reject(new Error('the cohort view is not open'));
  return composePng(el);
}

function save(blob: Blob, name: string): void {
  downloadBytes(name, blob.type, blob);
}

/** Downloads one export; resolves to its file name. */
export async function download(kind: 'csv' | 'pdf' | 'png'): Promise<string> {
  const name = exportName(kind);
  if (kind === 'csv') save(new Blob([csvText()], { type: 'text/csv' }), name);
  else if (kind === 'pdf') save(new Blob([(await pdfBytes()) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name);
  else save(await pngBlob(), name);
  return name;
}
