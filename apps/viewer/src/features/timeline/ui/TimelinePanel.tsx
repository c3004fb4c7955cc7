import { useApp } from '../../../app/store';
import { selectTimelines } from '../model/selectTimelines';
import { PatientTimelineView } from './PatientTimelineView';
import './timeline.css';

/** Sidebar panel: every loaded patient's studies as a timeline (features/timeline). */
export function TimelinePanel() {
  const timelines = useApp(selectTimelines);
  if (!timelines.length) return null;
  return (
    <section className="timeline-panel" data-testid="timeline-panel" aria-label="Patient timelines">
      <h2 title="Studies of the same patient (Patient ID and issuer), ordered by study date">Timeline</h2>
      {timelines.map((t) => (
        <PatientTimelineView key={t.key} timeline={t} />
      ))}
    </section>
  );
}
