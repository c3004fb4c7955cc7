import { useApp } from '../../app/store';
import type { SeriesEntry } from '../../app/types';
import { openFromUi } from '../../app/openFromUi';

/** A series row: thumbnail, modality, description, image count, and open buttons. */
export function SeriesItem({ series: s }: { series: SeriesEntry }) {
  const thumb = useApp((st) => st.thumbnails[s.seriesInstanceUID]);
  const canFuse = useApp((st) =>
    (s.modality === 'PT' || s.modality === 'CT') &&
    Object.values(st.series).some((o) => o.studyInstanceUID === s.studyInstanceUID && o.modality === (s.modality === 'PT' ? 'CT' : 'PT')),
  );
  return (
    <li className="series-item" data-series-uid={s.seriesInstanceUID}>
      <button
        className="series-open"
        title={`Open ${s.modality} ${s.seriesDescription} in the active viewport`}
        onClick={() => openFromUi(s.seriesInstanceUID)}
      >
        {thumb ? <img src={thumb} alt="" width={48} height={48} /> : <span className="thumb-placeholder">{s.modality}</span>}
        <span className="series-text">
          <span className="series-title">
            <b>{s.modality}</b> {s.seriesDescription}
          </span>
          <span className="muted">
            #{s.seriesNumber ?? '—'} · {s.instanceCount} images
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
