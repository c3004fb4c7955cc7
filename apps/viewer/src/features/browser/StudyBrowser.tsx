import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../app/store';
import { formatDate, formatPersonName } from '../overlay/formatDicom';
import { SeriesItem } from './SeriesItem';
import { isReadingObject, readingObjectsNote } from './readingObjects';
import { useReadingObjects } from './readingObjectsStore';
import { DicomText } from '../../app/text/DicomText';
import { tooltipText } from '@caliper/core';
import { openStudyFromUi } from '../hanging/openStudyFromUi';

/**
 * Studies and their series (with the series Caliper derives, e.g. ADC maps); click a series to open
 * it in the active viewport.
 */
export function StudyBrowser() {
  const studies = useApp(useShallow((s) => Object.values(s.studies)));
  const series = useApp(useShallow((s) => Object.values(s.series)));
  const hideIds = useApp((s) => s.hideIdentifiers);
  const readingObjects = useReadingObjects((s) => s.byStudy);
  if (!studies.length) return <p className="muted">No study loaded yet.</p>;
  return (
    <div className="study-browser" data-testid="study-browser">
      {studies.map((st) => (
        <section key={st.studyInstanceUID} className="study" data-study-uid={st.studyInstanceUID}>
          <header title={tooltipText(`Study of ${formatDate(st.studyDate)}${st.studyDescription ? ` — ${st.studyDescription}` : ''} (from ${st.source})`)}>
            <div className="patient">{hideIds ? 'Patient hidden' : <><DicomText value={formatPersonName(st.patientName)} /> · <DicomText value={st.patientId} /></>}</div>
            <div className="study-meta">
              <DicomText value={formatDate(st.studyDate)} /> · <DicomText value={st.studyDescription} />
            </div>
            <button
              className="study-hang"
              data-testid={`open-study-${st.studyInstanceUID}`}
              title="Open the whole study as its hanging protocol arranges it (PET/CT: CT, fused, PET, MIP; MR diffusion: DWI, ADC, T2; CT: axial + MPR; a follow-up: prior | current, synchronised). The toolbar picker changes it; F4: next protocol."
              onClick={() => openStudyFromUi(st.studyInstanceUID)}
            >
              ▦ Open study
            </button>
          </header>
          <ul>
            {series
              .filter((s) => s.studyInstanceUID === st.studyInstanceUID && !isReadingObject(s))
              .sort((a, b) => (a.seriesNumber ?? 0) - (b.seriesNumber ?? 0))
              .map((s) => (
                <SeriesItem key={s.seriesInstanceUID} series={s} />
              ))}
          </ul>
          {readingObjects[st.studyInstanceUID]?.length ? (
            <p className="muted reading-objects" data-testid="reading-objects" title="Non-image objects (saved readings, segmentations, reports): open them from the Reading panel">
              {readingObjectsNote(readingObjects[st.studyInstanceUID])}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
