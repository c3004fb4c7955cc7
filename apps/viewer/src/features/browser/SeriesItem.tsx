import { useApp } from '../../app/store';
import type { SeriesEntry } from '../../app/types';
import { openFromUi } from '../../app/openFromUi';
import { derivedVolumeOfSeries } from '../../viewports/derivedImages';
import { derivedNote } from './derivedNote';
import { SERIES_DRAG_TYPE } from '../layout/seriesDrag';
import { DicomText } from '../../app/text/DicomText';
import { cleanText, tooltipText, truncateText } from '@caliper/core';

/**
 * A series row: thumbnail, modality, description, image count, and open buttons. Click opens the
 * series in the active viewport; drag it onto any viewport to show it there.
 */
export function SeriesItem({ series: s }: { series: SeriesEntry }) {
  const thumb = useApp((st) => st.thumbnails[s.seriesInstanceUID]);
  const canFuse = useApp((st) =>
    (s.modality === 'PT' || s.modality === 'CT') &&
    Object.values(st.series).some((o) => o.studyInstanceUID === s.studyInstanceUID && o.modality === (s.modality === 'PT' ? 'CT' : 'PT')),
  );
  const parent = useApp((st) => {
    const d = derivedVolumeOfSeries(s.seriesInstanceUID);
    return d ? st.series[d.parentSeriesUID] : undefined;
  });
  const derived = derivedVolumeOfSeries(s.seriesInstanceUID);
  const note = derived ? derivedNote(derived, parent) : undefined;
  return (
    <li className={`series-item${derived ? ' derived' : ''}`} data-series-uid={s.seriesInstanceUID} data-derived={derived ? 'adc' : undefined}>
      <button
        className="series-open"
        title={`Open ${tooltipText(`${s.modality} ${s.seriesDescription}`, 256)} in the active viewport (or drag it onto a viewport)${note ? `\n${tooltipText(note.title)}` : ''}`}
        onClick={() => openFromUi(s.seriesInstanceUID)}
        draggable
        data-testid={`series-thumb-${s.seriesInstanceUID}`}
        onDragStart={(e) => {
          e.dataTransfer.setData(SERIES_DRAG_TYPE, s.seriesInstanceUID);
          e.dataTransfer.setData('text/plain', truncateText(cleanText(`${s.modality} ${s.seriesDescription}`), 256));
          e.dataTransfer.effectAllowed = 'copy';
          const img = e.currentTarget.querySelector('img');
          if (img) e.dataTransfer.setDragImage(img, 24, 24);
        }}
      >
        {thumb ? <img src={thumb} alt="" width={48} height={48} /> : <span className="thumb-placeholder"><DicomText value={s.modality} max={8} /></span>}
        <span className="series-text">
          <span className="series-title">
            <b><DicomText value={s.modality} max={16} /></b> <DicomText value={s.seriesDescription} />
          </span>
          <span className="muted">
            #{s.seriesNumber ?? '—'} · {s.instanceCount} images{note ? ` · ${note.unit}` : ''}
          </span>
        </span>
      </button>
      <span className="series-actions">
        <button
          disabled={!!s.notVolumeReason}
          title={s.notVolumeReason ? `No MPR: ${s.notVolumeReason}` : 'Open as MPR (axial, sagittal, coronal)'}
          onClick={() => openFromUi(s.seriesInstanceUID, 'mpr')}
        >
          MPR
        </button>
        {canFuse && (
          <button title="Open PET/CT fusion and PET MIP" onClick={() => openFromUi(s.seriesInstanceUID, 'fusion')}>
            Fuse
          </button>
        )}
      </span>
    </li>
  );
}
