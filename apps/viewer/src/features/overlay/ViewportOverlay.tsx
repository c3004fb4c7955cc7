import { useApp } from '../../app/store';
import { fmt, formatDate, formatPersonName } from './formatDicom';
import './overlay.css';

/**
 * Corner text of a viewport: patient/study (hidden in screen-share mode), series, slice
 * position/thickness and W/L. DICOM strings are untrusted: rendered as React text only.
 */
/** Decimals of the W/L readout: SUV windows and narrow ones (an ADC map's 0–3) need them; HU don't. */
const wlDigits = (modality: string, width: number | undefined): number => (modality === 'PT' || (width !== undefined && Math.abs(width) < 20) ? 2 : 0);

export function ViewportOverlay({ viewportId, label, index }: { viewportId: string; label: string; index: number }) {
  const visible = useApp((s) => s.overlaysVisible);
  const hideIds = useApp((s) => s.hideIdentifiers);
  const info = useApp((s) => s.viewportInfo[viewportId]);
  const layout = useApp((s) => s.layout);
  const uid = useApp((s) => {
    const a = s.assignments[layout === 'mpr' || layout === 'fusion' ? 0 : index];
    return viewportId === 'fusion-mip' ? a?.overlayUID : a?.seriesUID;
  });
  const series = useApp((s) => (uid ? s.series[uid] : undefined));
  const study = useApp((s) => (series ? s.studies[series.studyInstanceUID] : undefined));
  if (!visible || !series) return <div className="overlay-label vp-text">{label}</div>;
  return (
    <div className="overlay vp-text" data-testid={`overlay-${viewportId}`}>
      <div className="tl">
        {hideIds ? (
          <div className="redacted">Patient hidden</div>
        ) : (
          <>
            <div>{formatPersonName(study?.patientName ?? '')}</div>
            <div>ID {study?.patientId}</div>
          </>
        )}
        <div>{formatDate(study?.studyDate ?? '')}</div>
        <div>{study?.studyDescription}</div>
      </div>
      <div className="tr">
        <div>{label}</div>
        <div>
          {series.modality} #{series.seriesNumber ?? ''} {series.seriesDescription}
        </div>
      </div>
      <div className="bl">
        <div>
          Slice {info ? info.sliceIndex + 1 : '—'} / {info?.sliceCount ?? '—'}
        </div>
        <div>Pos {fmt(info?.slicePosition)} mm</div>
        <div>Thk {fmt(info?.sliceThickness)} mm</div>
      </div>
      <div className="br">
        <div>
          W {fmt(info?.windowWidth, wlDigits(series.modality, info?.windowWidth))} / L {fmt(info?.windowCenter, wlDigits(series.modality, info?.windowWidth))}
        </div>
      </div>
    </div>
  );
}
