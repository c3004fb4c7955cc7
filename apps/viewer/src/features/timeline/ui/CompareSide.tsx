import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../../app/store';
import { isReadingObject } from '../../browser/readingObjects';
import { formatDate } from '../../overlay/formatDicom';
import { timelineOfStudy } from '../model/selectTimelines';
import { setCompareSeries } from '../compare/openCompare';
import { dayLabel, dayTitle } from './dayLabel';
import { displayText, tooltipText } from '@caliper/core';

/** 'CT chest 2.5 mm' (no 'CT CT …' when the description already names the modality). */
const seriesLabel = (o: { modality: string; seriesDescription: string; seriesNumber?: number }): string => {
  const d = displayText(o.seriesDescription).text || `#${o.seriesNumber ?? ''}`;
  return d.toUpperCase().startsWith(`${o.modality.toUpperCase()} `) ? d : `${o.modality} ${d}`;
};

/** One side's header over its viewport: role, study date, days from baseline, and the series chooser. */
export function CompareSide({ side }: { side: 'prior' | 'current' }) {
  const uid = useApp((s) => s.assignments[side === 'prior' ? 0 : 1]?.seriesUID);
  const series = useApp((s) => (uid ? s.series[uid] : undefined));
  const studyUID = series?.studyInstanceUID ?? '';
  const study = useApp((s) => s.studies[studyUID]);
  const tp = useApp((s) => timelineOfStudy(s, studyUID)?.timepoints.find((t) => t.studyInstanceUID === studyUID));
  const options = useApp(
    useShallow((s) =>
      Object.values(s.series)
        .filter((x) => x.studyInstanceUID === studyUID && !isReadingObject(x) && x.imageIds.length > 0)
        .sort((a, b) => (a.seriesNumber ?? 0) - (b.seriesNumber ?? 0)),
    ),
  );
  const addErrors = useApp((s) => s.addErrors);
  if (!series) return <div className={`cmp-side ${side}`} />;
  return (
    <div className={`cmp-side ${side}`} data-testid={`compare-${side}`}>
      <span className={`cmp-tag ${side}`}>{side === 'prior' ? 'Prior' : 'Current'}</span>
      <span className="cmp-date" title={tooltipText(study?.studyDescription)}>
        {formatDate(study?.studyDate ?? '') || 'no date'}
      </span>
      {tp && (
        <span className="cmp-day" title={dayTitle(tp.dayFromBaseline)} data-testid={`compare-${side}-day`}>
          {dayLabel(tp.dayFromBaseline)}
          {tp.isBaseline ? ' · baseline' : ''}
        </span>
      )}
      <select
        data-testid={`compare-${side}-series`}
        value={series.seriesInstanceUID}
        title={`The ${side} series (matched by modality, body part, orientation and description); choose another`}
        onChange={(e) => setCompareSeries(side, e.target.value).catch((err: unknown) => addErrors([{ source: 'comparison', reason: err instanceof Error ? err.message : String(err) }]))}
      >
        {options.map((o) => (
          <option key={o.seriesInstanceUID} value={o.seriesInstanceUID}>
            {seriesLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}
