import { useApp } from '../../app/store';
import { DicomText } from '../../app/text/DicomText';
import { tooltipText } from '@caliper/core';

/** One bar per active load (headers, volume frames, DICOMweb retrieve). */
export function ProgressBar() {
  const progress = useApp((s) => s.progress);
  const items = Object.entries(progress);
  if (!items.length) return null;
  return (
    <div className="progress-list" role="status" data-testid="progress">
      {items.map(([key, p]) => (
        <div key={key} className="progress" title={tooltipText(p.label)}>
          <span><DicomText value={p.label} max={120} /></span>
          <progress max={Math.max(1, p.total)} value={p.done} />
          <span className="muted">
            {p.done}/{p.total}
          </span>
        </div>
      ))}
    </div>
  );
}
