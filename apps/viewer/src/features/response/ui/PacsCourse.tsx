import { useEffect, useState } from 'react';
import type { StudySummary } from '@caliper/dicom';
import { useApp } from '../../../app/store';
import { currentStudyOf } from '../model/currentStudy';
import { loadPatientCourse, patientStudiesOnPacs } from '../service/patientOnPacs';

/** For a study opened from DICOMweb: the patient's other studies on the PACS, loaded with their readings on request. */
export function PacsCourse() {
  const study = useApp((s) => {
    const uid = currentStudyOf(s);
    return uid ? s.studies[uid] : undefined;
  });
  // Opened from the PACS: the study's series came over DICOMweb (a study may also be listed from files or the demo).
  const fromPacs = useApp((s) => !!study && Object.values(s.series).some((x) => x.studyInstanceUID === study.studyInstanceUID && x.source === 'dicomweb'));
  const [found, setFound] = useState<{ studyUID: string; studies: StudySummary[]; error?: string } | null>(null);
  const [loading, setLoading] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!study || !fromPacs || !study.patientId || found?.studyUID === study.studyInstanceUID) return;
    let live = true;
    void patientStudiesOnPacs(study.patientId, study.issuerOfPatientId, study.studyInstanceUID).then((r) => live && setFound({ studyUID: study.studyInstanceUID, ...r }));
    return () => { live = false; };
  }, [study, fromPacs, found?.studyUID]);
  if (!study || !fromPacs || !found || found.studyUID !== study.studyInstanceUID) return null;
  if (found.error) return <p className="response-warn small">PACS search for this patient’s other studies failed: {found.error}</p>;
  if (!found.studies.length) return null;
  const load = async () => {
    setLoading({ done: 0, total: found.studies.length });
    try {
      await loadPatientCourse(found.studies, (done) => setLoading({ done, total: found.studies.length }));
      setFound({ ...found, studies: [] });
    } finally {
      setLoading(null);
    }
  };
  return (
    <div className="proposal-bar" aria-label="Patient's studies on the PACS">
      <div className="small">{found.studies.length} other stud{found.studies.length > 1 ? 'ies' : 'y'} of this patient on the PACS ({found.studies.map((x) => x.studyDate ?? '?').join(', ')})</div>
      <button onClick={() => void load()} disabled={!!loading} title="Retrieve them with their saved readings (SRs) to read the course">
        {loading ? `Loading ${loading.done}/${loading.total}…` : 'Load the patient’s course'}
      </button>
    </div>
  );
}
