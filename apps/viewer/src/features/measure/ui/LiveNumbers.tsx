import { annotation as csAnnotation } from '@cornerstonejs/tools';
import { useApp } from '../../../app/store';
import { BiomarkerList } from './BiomarkerList';
import { toolKindOf } from '../tools/toolNames';
import { resultRole, thresholdRule } from './onImageLabel';
import { DicomText } from '../../../app/text/DicomText';

/**
 * Live numbers of the ROI being drawn/edited (or the selected lesion), one block per measured
 * series. Nothing for a lesion that was deleted. A PET threshold ROI's PET block is the thresholded
 * lesion; its other series' numbers are of the search sphere/box only: folded away and labelled so.
 */
export function LiveNumbers({ id, compact = false }: { id: string | null; compact?: boolean }) {
  const results = useApp((s) => (id ? s.results[id] : undefined));
  const version = useApp((s) => (id ? s.liveVersion[id] : undefined));
  const lesion = useApp((s) => (id ? s.lesions.find((l) => l.id === id) : undefined));
  const series = useApp((s) => s.series);
  const thresholdOn = useApp((s) => s.petThreshold.kind !== 'off');
  if (!id || !results) return null;
  // Neither a lesion nor a drawing in progress: deleted (or undone); its numbers are gone with it.
  const drawing = lesion ? undefined : csAnnotation.state.getAnnotation(id);
  if (!lesion && !drawing) return null;
  const shape = lesion?.shape;
  // A sphere still being drawn with the PET threshold on becomes a PET threshold ROI.
  const kind = shape?.kind ?? (thresholdOn && toolKindOf(drawing?.metadata?.toolName ?? '') === 'sphere' ? 'petThreshold' : undefined);
  const entries = Object.entries(results).map(([uid, r]) => ({ uid, r, modality: series[uid]?.modality, role: resultRole(kind, series[uid]?.modality) }));
  const what = shape?.kind === 'petThreshold' && shape.within.kind !== 'sphere' ? 'box' : 'sphere';
  return (
    <div className="measure-live" data-lesion-id={id} style={compact ? { fontSize: 12 } : undefined}>
      {lesion && <div className="measure-live-name" style={{ fontWeight: 600 }}><DicomText value={lesion.name} max={40} /></div>}
      {entries.filter((e) => e.role === 'lesion').map(({ uid, r, modality }) => (
        <BiomarkerList key={uid} result={r} current={version} label={kind === 'petThreshold' ? `${modality ?? 'PT'} thresholded lesion${shape?.kind === 'petThreshold' ? `, ${thresholdRule(shape.mode)}` : ''}` : (modality ?? 'series')} />
      ))}
      {entries.filter((e) => e.role === 'searchRegion').map(({ uid, r, modality }) => (
        <details key={uid} className="measure-search-region" data-role="search-region">
          <summary title={`The ${what} the threshold was applied in: not the lesion's values`}>Search region ({what}) on {modality ?? 'series'}</summary>
          <BiomarkerList result={r} current={version} label={`${modality ?? 'series'} search region`} />
        </details>
      ))}
    </div>
  );
}
