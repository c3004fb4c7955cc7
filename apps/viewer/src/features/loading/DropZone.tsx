import { useEffect, useState } from 'react';
import type { EntryLike } from '@caliper/dicom';
import { loadDropped } from './sources/loadFiles';
import { hangWhenOpenedFromUi } from '../hanging/hangWhenOpenedFromUi';

/** Whole-window drop target for files, folders and .zip archives. */
export function DropZone() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const onOver = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      const items = Array.from(e.dataTransfer?.items ?? []);
      const entries = items
        .map((i) => (i.kind === 'file' ? i.webkitGetAsEntry() : null))
        .filter((x): x is FileSystemEntry => x !== null) as unknown as EntryLike[];
      // What was dropped is arranged by its hanging protocol once its series are listed.
      if (entries.length) void hangWhenOpenedFromUi(loadDropped(entries));
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over ? <div className="drop-zone">Drop DICOM files, folders or .zip to open them</div> : null;
}
