import { appStore } from '../../../app/store';

/**
 * Offer bytes (or text, or a Blob) as a file download and say where it went: a toast names the file
 * (the browser saves it into its downloads folder, or asks where). Every export of the viewer (lesion
 * table, SR/SEG, radiomics, tumour-board PDF/PNG/CSV, cohort) comes through here.
 */
export function downloadBytes(name: string, type: string, bytes: Uint8Array | string | Blob): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer> | string | Blob], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  appStore.getState().pushToast({ kind: 'success', title: `Saved ${name}`, text: "In your browser's downloads folder (Downloads, unless the browser asks where)." });
}
