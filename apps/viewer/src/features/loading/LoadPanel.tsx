import { useRef } from 'react';
import { useApp } from '../../app/store';
import { loadFiles } from './sources/loadFiles';
import { hangWhenOpenedFromUi } from '../hanging/hangWhenOpenedFromUi';

/** File / folder / zip choosers and the DICOMweb button. */
export function LoadPanel() {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const setViewer = useApp((s) => s.setViewer);
  const onPick = (e: React.ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(e.target.files ?? []);
    e.target.value = '';
    // Arranged by its hanging protocol once the series are listed.
    if (list.length) void hangWhenOpenedFromUi(loadFiles(list));
  };
  return (
    <div className="load-panel">
      <button title="Open DICOM files or .zip archives from this computer" onClick={() => files.current?.click()}>
        Open files…
      </button>
      <button title="Open a folder of DICOM files (searched recursively)" onClick={() => folder.current?.click()}>
        Open folder…
      </button>
      <button title="Search and open studies on a DICOMweb (QIDO-RS / WADO-RS) server" onClick={() => setViewer({ dicomWebOpen: true })}>
        DICOMweb…
      </button>
      <input ref={files} data-testid="file-input" type="file" multiple hidden accept=".dcm,.zip,application/dicom,application/zip,*" onChange={onPick} />
      <input
        ref={folder}
        type="file"
        hidden
        multiple
        {...({ webkitdirectory: '' } as Record<string, string>)}
        onChange={onPick}
      />
      <p className="muted small">…or drop files, folders or .zip anywhere.</p>
    </div>
  );
}
