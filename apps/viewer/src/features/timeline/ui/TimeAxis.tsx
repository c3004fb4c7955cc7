import { dicomDateToDay } from '../model/dicomDateTime';
import type { PatientTimeline } from '../model/types';
import type { StudyPair } from '../model/defaultPair';
import { formatDate } from '../../overlay/formatDicom';
import { dayLabel } from './dayLabel';

const W = 260;
const PAD = 14;

/** The studies on a time axis (spacing proportional to days): baseline filled, prior/current ringed, excluded hollow. */
export function TimeAxis({ timeline, pair }: { timeline: PatientTimeline; pair: StudyPair }) {
  const dated = timeline.timepoints.map((t) => ({ t, day: dicomDateToDay(t.studyDate) })).filter((x) => x.day !== undefined) as { t: PatientTimeline['timepoints'][number]; day: number }[];
  if (dated.length < 2) return null;
  const d0 = dated[0].day;
  const span = Math.max(1, dated[dated.length - 1].day - d0);
  const x = (day: number) => PAD + ((day - d0) / span) * (W - 2 * PAD);
  return (
    <svg className="time-axis" viewBox={`0 0 ${W} 30`} role="img" aria-label="Studies on a time axis">
      <line x1={PAD} x2={W - PAD} y1={11} y2={11} className="axis" />
      {dated.map(({ t, day }) => {
        const role = t.studyInstanceUID === pair.priorStudyUID ? 'prior' : t.studyInstanceUID === pair.currentStudyUID ? 'current' : '';
        return (
          <g key={t.studyInstanceUID} className={`tick ${role}${t.isBaseline ? ' baseline' : ''}${t.excluded ? ' excluded' : ''}`}>
            <title>{`${formatDate(t.studyDate)} · ${dayLabel(t.dayFromBaseline)}${t.isBaseline ? ' · baseline' : ''}${role ? ` · ${role}` : ''}${t.excluded ? ' · excluded' : ''}`}</title>
            {role && <circle cx={x(day)} cy={11} r={7.5} className="ring" />}
            <circle cx={x(day)} cy={11} r={4.5} className="dot" />
            <text x={x(day)} y={28} textAnchor="middle">
              {dayLabel(t.dayFromBaseline).replace('day ', '')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
