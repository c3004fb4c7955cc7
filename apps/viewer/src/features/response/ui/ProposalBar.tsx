import { useState } from 'react';
import type { LesionStatus } from '@caliper/response';
import { useApp } from '../../../app/store';
import { jumpToLesion } from '../../measure/service/jumpToLesion';
import { currentStudyOf } from '../model/currentStudy';
import { selectResponse } from '../model/selectResponse';
import { acceptAllProposals, acceptProposal } from '../service/acceptProposal';
import type { ProposalReport } from '../service/proposeTracked';
import { proposeTracked } from '../service/proposeTracked';
import { DicomText } from '../../../app/text/DicomText';

const MARKS: { status: LesionStatus; label: string; tip: string }[] = [
  { status: 'absent', label: 'Gone', tip: 'Disappeared (counts 0)' },
  { status: 'too-small-to-measure', label: 'Too small', tip: 'Too small to measure (RECIST: 5 mm)' },
  { status: 'not-evaluable', label: 'NE', tip: 'Not evaluable' },
];

/** On a follow-up: propose the tracked lesions it lacks (re-measured as before), then accept or mark each. */
export function ProposalBar() {
  const view = useApp(selectResponse);
  const study = useApp(currentStudyOf);
  const lesions = useApp((s) => s.lesions);
  const series = useApp((s) => s.series);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ProposalReport | null>(null);
  if (!view || !study) return null;
  const index = view.studies.findIndex((t) => t.studyInstanceUID === study);
  if (index <= 0) return null;
  const missing = view.built.rows.filter((r) => !r.cells[study]);
  const pending = lesions.filter((l) => l.tracking?.proposed && series[l.seriesUIDs[0]]?.studyInstanceUID === study);
  const date = view.studies[index].date;
  const run = async () => {
    setBusy(true);
    try {
      setReport(await proposeTracked(study));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="proposal-bar" aria-label="Tracked lesions on this follow-up">
      <div className="small muted">Follow-up {date}: {missing.length ? `${missing.length} tracked lesion${missing.length > 1 ? 's' : ''} not yet assessed` : 'every tracked lesion assessed'}</div>
      {missing.length > 0 && (
        <button onClick={() => void run()} disabled={busy} title="Place each tracked lesion through the prior → current alignment and re-measure it with the method used before (P)">
          {busy ? 'Proposing…' : `Propose ${missing.length} tracked lesion${missing.length > 1 ? 's' : ''}`}
        </button>
      )}
      {report?.skipped.map((x) => <p key={x.label} className="response-warn small"><DicomText value={x.label} />: <DicomText value={x.reason} max={400} /></p>)}
      {report?.notes.map((n) => <p key={n} className="response-warn small">{n}</p>)}
      {pending.length > 0 && (
        <>
          <ul className="proposals">
            {pending.map((l) => (
              <li key={l.id}>
                <button className="link" onClick={() => void jumpToLesion(l)} title="Show it"><DicomText value={l.tracking!.label} /></button>
                <button onClick={() => acceptProposal(l.id)} title="Accept the re-measurement (Enter)">Accept</button>
                {MARKS.map((m) => <button key={m.status} onClick={() => acceptProposal(l.id, m.status)} title={m.tip}>{m.label}</button>)}
              </li>
            ))}
          </ul>
          <button onClick={() => acceptAllProposals(study)} title="Accept every proposal of this follow-up as measured">Accept all ({pending.length})</button>
        </>
      )}
    </div>
  );
}
