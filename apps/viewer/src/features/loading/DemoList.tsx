import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../app/store';
import { openFromUi } from '../../app/openFromUi';
import { formatDate } from '../overlay/formatDicom';
import { DicomText } from '../../app/text/DicomText';

/** Demo studies from ./demo/manifest.json, each opened with one click. */
export function DemoList() {
  const demos = useApp(useShallow((s) => Object.values(s.studies).filter((st) => st.source === 'demo')));
  const series = useApp(useShallow((s) => Object.values(s.series)));
  if (!demos.length) return null;
  const open = (studyUID: string) => {
    const list = series.filter((s) => s.studyInstanceUID === studyUID).sort((a, b) => b.instanceCount - a.instanceCount);
    const first = list.find((s) => s.modality === 'CT') ?? list[0];
    if (first) openFromUi(first.seriesInstanceUID);
  };
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
