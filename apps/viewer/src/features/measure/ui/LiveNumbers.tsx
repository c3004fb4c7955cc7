import { useApp } from '../../../app/store';
import { BiomarkerList } from './BiomarkerList';

/** Live numbers of the ROI being drawn/edited (or the selected lesion), one block per measured series. */
export function LiveNumbers({ id, compact = false }: { id: string | null; compact?: boolean }) {
  const results = useApp((s) => (id ? s.results[id] : undefined));
  const version = useApp((s) => (id ? s.liveVersion[id] : undefined));
  const series = useApp((s) => s.series);
  if (!id || !results) return null;
  return (
    <div className="measure-live" data-lesion-id={id} style={compact ? { fontSize: 12 } : undefined}>
      {Object.entries(results).map(([uid, r]) => (
        <BiomarkerList key={uid} result={r} current={version} label={series[uid]?.modality ?? uid.slice(-8)} />
      ))}
    </div>
  );
}
