import { useRef } from 'react';
import { appStore, useApp } from '../../../app/store';
import { exportCurrentReading } from '../service/exportDicom';
import { importDicomFiles } from '../service/importDicomFiles';
import { saveToPacs } from '../service/saveToPacs';
import { discardHeld } from '../service/held';
import { scheduleSave } from '../service/session';
import { saveExport, studyExportName } from './saveExport';
import { SaveStatus } from './SaveStatus';
import { DicomText } from '../../../app/text/DicomText';
import { cleanText, displayText } from '@caliper/core';

function exportFile(which: 'sr' | 'seg'): void {
  try {
    const e = exportCurrentReading();
    if (which === 'sr') saveExport(studyExportName('sr', 'dcm', e.studyInstanceUID), 'application/dicom', e.sr);
    else if (e.segs.length === 0) appStore.getState().addErrors([{ source: 'Export SEG', reason: 'the reading has no segmentation (only 3D lesions, e.g. grown ones, are segmentations)' }]);
    else e.segs.forEach((s, i) => saveExport(studyExportName(`seg${e.segs.length > 1 ? `-${i + 1}` : ''}`, 'dcm', e.studyInstanceUID), 'application/dicom', s.bytes));
  } catch (err) {
    appStore.getState().addErrors([{ source: `Export ${which.toUpperCase()}`, reason: err instanceof Error ? err.message : String(err) }]);
  }
}

/** The reading: save status, DICOM SR/SEG export and import, Save to PACS. */
export function ReadingPanel() {
  const held = useApp((s) => s.persistence.held);
  const count = useApp((s) => s.lesions.length) + (held?.length ?? 0);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="reading-panel">
      <h2>Reading</h2>
      <SaveStatus />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
        <button disabled={count === 0} onClick={() => exportFile('sr')}>Export SR</button>
        <button disabled={count === 0} onClick={() => exportFile('seg')}>Export SEG</button>
        <button onClick={() => input.current?.click()}>Import SR/SEG</button>
        <button disabled={count === 0} onClick={() => void saveToPacs().catch(() => undefined)}>Save to PACS</button>
      </div>
      {held && held.length > 0 && (
        <ul className="held-lesions" data-testid="held-lesions" aria-label="Saved lesions not re-measured" style={{ fontSize: 11, margin: "4px 0", paddingLeft: 16, color: "#e0b060", overflowWrap: "anywhere" }}>
          {held.map((h) => (
            <li key={h.lesionId} title={cleanText(h.reason).slice(0, 1024)}>
              <strong><DicomText value={h.name || 'Lesion'} max={48} /></strong> (saved values, not re-measured): {h.values}. <em><DicomText value={h.reason} max={160} /></em>{' '}
              <button title="Remove this saved lesion from the reading (it is no longer saved or exported)"
                onClick={() => { if (confirm(`Remove the saved lesion "${displayText(h.name, { max: 48 }).text}" from the reading?`)) { discardHeld(h.studyInstanceUID, h.lesionId); scheduleSave(); } }}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <input ref={input} type="file" multiple accept=".dcm,application/dicom" hidden aria-label="Import SR/SEG files"
        onChange={(e) => { const f = [...(e.target.files ?? [])]; e.target.value = ''; void importDicomFiles(f); }} />
    </section>
  );
}
