import { useApp } from '../../../app/store';
import { formatPersonName } from '../../overlay/formatDicom';
import { defaultPair } from '../model/defaultPair';
import type { PatientTimeline } from '../model/types';
import { openCompareFromUi } from './openCompareFromUi';
import { TimeAxis } from './TimeAxis';
import { TimepointRow } from './TimepointRow';
import { DicomText } from '../../../app/text/DicomText';
import { tooltipText } from '@caliper/core';

/** One patient's timeline: identity (hidden in screen-share mode), warnings, the studies, and the compare action. */
export function PatientTimelineView({ timeline: t }: { timeline: PatientTimeline }) {
  const pick = useApp((s) => s.comparePick);
  const hideIds = useApp((s) => s.hideIdentifiers);
  const setPick = useApp((s) => s.setComparePick);
  const setBaseline = useApp((s) => s.setTimelineBaseline);
  const setExcluded = useApp((s) => s.setTimelineExcluded);
  const pair = defaultPair(t, pick);
  const canCompare = !!(pair.priorStudyUID && pair.currentStudyUID);
  return (
    <div className="patient-timeline" data-testid="patient-timeline" data-timeline-key={t.key}>
      <header className="pt-head" title={hideIds ? 'Patient identifiers hidden' : tooltipText(`Patient ID ${t.patientId || '(none)'}${t.issuerOfPatientId ? `, issuer ${t.issuerOfPatientId}` : ''}`)}>
        <span className="pt-name">{hideIds ? 'Patient hidden' : <DicomText value={formatPersonName(t.patientName) || '(no name)'} />}</span>
        {!hideIds && <span className="muted">{t.patientId ? <>ID <DicomText value={t.patientId} />{t.issuerOfPatientId ? <> (<DicomText value={t.issuerOfPatientId} />)</> : ''}</> : 'no Patient ID'}</span>}
        <span className="muted pt-count">{t.timepoints.length} {t.timepoints.length === 1 ? 'study' : 'studies'}</span>
      </header>
      {t.warnings.length > 0 && (
        <ul className="pt-warnings" data-testid="timeline-warnings">
          {hideIds ? (
            <li>{t.warnings.length} identity warning(s), hidden with the patient identifiers</li>
          ) : (
            t.warnings.map((w) => <li key={w}>{w}</li>)
          )}
        </ul>
      )}
      <TimeAxis timeline={t} pair={pair} />
      <ol className="timepoints">
        {t.timepoints.map((tp) => (
          <TimepointRow
            key={tp.studyInstanceUID}
            tp={tp}
            role={tp.studyInstanceUID === pair.priorStudyUID ? 'prior' : tp.studyInstanceUID === pair.currentStudyUID ? 'current' : undefined}
            actions={{
              onPrior: () => setPick({ currentStudyUID: pair.currentStudyUID === tp.studyInstanceUID ? pair.priorStudyUID : pair.currentStudyUID, priorStudyUID: tp.studyInstanceUID }),
              onCurrent: () => setPick({ priorStudyUID: pair.priorStudyUID === tp.studyInstanceUID ? pair.currentStudyUID : pair.priorStudyUID, currentStudyUID: tp.studyInstanceUID }),
              onBaseline: () => setBaseline(t.key, tp.studyInstanceUID),
              onExclude: (ex) => setExcluded(tp.studyInstanceUID, ex),
            }}
          />
        ))}
      </ol>
      {t.timepoints.length > 1 && (
        <button
          className="compare-open"
          data-testid="compare-open"
          disabled={!canCompare}
          title={canCompare ? 'Open prior | current side by side: matched series, synchronised scrolling, zoom and window (T)' : 'Pick a prior and a current study (two included studies)'}
          onClick={() => canCompare && openCompareFromUi(pair.priorStudyUID!, pair.currentStudyUID!)}
        >
          Compare prior | current
        </button>
      )}
    </div>
  );
}
