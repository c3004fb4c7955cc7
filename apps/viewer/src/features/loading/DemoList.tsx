import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../app/store';
import { openStudyFromUi } from '../hanging/openStudyFromUi';
import { formatDate } from '../overlay/formatDicom';
import { DicomText } from '../../app/text/DicomText';

/** Demo studies from ./demo/manifest.json, each opened with one click in its hanging protocol. */
export function DemoList() {
  const demos = useApp(useShallow((s) => Object.values(s.studies).filter((st) => st.source === 'demo')));
  if (!demos.length) return null;
  // Arranged by its hanging protocol (docs/hanging-protocols.md), as any study the reader opens.
  const open = (studyUID: string) => openStudyFromUi(studyUID);
  return (
    <div className="demo-list" data-testid="demo-list">
      <h2>Demo studies</h2>
      <ul>
        {demos.map((d) => (
          <li key={d.studyInstanceUID}>
            <button title="Open this synthetic demo study" onClick={() => open(d.studyInstanceUID)}>
              <b><DicomText value={d.studyDescription || 'Study'} /></b>
              <span className="muted"> <DicomText value={formatDate(d.studyDate)} /></span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
