import { useApp } from '../../app/store';

/** One bar per active load (headers, volume frames, DICOMweb retrieve). */
export function ProgressBar() {
  const progress = useApp((s) => s.progress);
  const items = Object.entries(progress);
  if (!items.length) return null;
  return (
    <div className="progress-list" role="status" data-testid="progress">
      {items.map(([key, p]) => (
        <div key={key} className="progress" title={p.label}>
          <span>{p.label}</span>
          <progress max={Math.max(1, p.total)} value={p.done} />
          <span className="muted">
            {p.done}/{p.total}
          </span>
        </div>
      ))}
    </div>
  );
}
