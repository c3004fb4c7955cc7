import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/store';
import { fmt, formatDate, formatPersonName } from './formatDicom';
import { OrientationMarkers } from './OrientationMarkers';
import { ScaleBar } from './ScaleBar';
import { patientBlockSlot } from './patientBlockSlot';
import { DicomText } from '../../app/text/DicomText';
import { SuvColorBar } from '../fusion/SuvColorBar';
import { MipLevelLine } from './MipLevelLine';
import { mipViewName } from '../../viewports/mip/mipCamera';
import { petScaleOf } from '../fusion/petScale';
import './overlay.css';

/** Decimals of the W/L readout: SUV windows and narrow ones (an ADC map's 0–3) need them; HU don't. */
const wlDigits = (modality: string, width: number | undefined): number => (modality === 'PT' || (width !== undefined && Math.abs(width) < 20) ? 2 : 0);

/** Width of an element in CSS px, kept current (the scale bar is at most a fraction of it). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Text and marks over a viewport: the patient block (once per layout, in the top-left pane),
 * series, slice number/position/thickness, diffusion b-value, W/L, orientation letters and a scale
 * bar. DICOM strings are untrusted: rendered as React text only.
 */
export function ViewportOverlay({ viewportId, label, index }: { viewportId: string; label: string; index: number }) {
  const visible = useApp((s) => s.overlaysVisible);
  const hideIds = useApp((s) => s.hideIdentifiers);
  const info = useApp((s) => s.viewportInfo[viewportId]);
  const layout = useApp((s) => s.layout);
  const volumeLayout = layout === 'mpr' || layout === 'fusion';
  const uid = useApp((s) => {
    const a = s.assignments[volumeLayout ? 0 : index];
    const shown = volumeLayout ? s.viewportInfo[viewportId]?.seriesUID : undefined;
    if (shown && s.series[shown]) return shown;
    return viewportId === 'fusion-mip' || s.viewportInfo[viewportId]?.mip ? a?.overlayUID : a?.seriesUID;
  });
  const series = useApp((s) => (uid ? s.series[uid] : undefined));
  // A fused pane names its PET layer too.
  const petLayer = useApp((s) => {
    const p = s.viewportInfo[viewportId]?.fused ? s.assignments[0]?.overlayUID : undefined;
    return p ? s.series[p] : undefined;
  });
  const study = useApp((s) => (series ? s.studies[series.studyInstanceUID] : undefined));
  // The study of the first viewport: another pane names its study date only when it differs (compare).
  const firstStudyUID = useApp((s) => {
    const a = s.assignments[0];
    return a ? s.series[a.seriesUID]?.studyInstanceUID : undefined;
  });
  const [ref, width] = useWidth();
  if (!visible || !series) return <div ref={ref} className="overlay-label vp-text">{label}</div>;
  const hasPatientBlock = index === patientBlockSlot(layout);
  const showDate = !hasPatientBlock && !volumeLayout && study && study.studyInstanceUID !== firstStudyUID;
  return (
    <div ref={ref} className={`overlay vp-text${info?.mip ? ' mip' : ''}`} data-testid={`overlay-${viewportId}`}>
      {hasPatientBlock && (
        <div className="tl" data-testid="patient-block">
          {hideIds ? (
            <div className="redacted">Patient hidden</div>
          ) : (
            <>
              <div className="patient-name"><DicomText value={formatPersonName(study?.patientName ?? '')} /></div>
              <div>ID <DicomText value={study?.patientId} /></div>
            </>
          )}
          <div><DicomText value={formatDate(study?.studyDate ?? '')} /></div>
          <div className="study-description"><DicomText value={study?.studyDescription} /></div>
        </div>
      )}
      <div className="tr">
        <div className="vp-label">{label}</div>
        <div>
          <DicomText value={series.modality} max={16} /> #{series.seriesNumber ?? ''} <DicomText className="series-description" value={series.seriesDescription} />
        </div>
        {petLayer && petLayer !== series && (
          <div data-testid={`pet-layer-${viewportId}`}>
            + <DicomText value={petLayer.modality} max={16} /> #{petLayer.seriesNumber ?? ''} <DicomText className="series-description" value={petLayer.seriesDescription} />
          </div>
        )}
        {showDate && <div data-testid={`study-date-${viewportId}`}><DicomText value={formatDate(study.studyDate)} /></div>}
      </div>
      <div className="bl">
        {info?.bValue && (
          <div data-testid={`b-value-${viewportId}`} title={`Diffusion b-value of the shown image, from ${info.bValue.source}`}>
            b = {fmt(info.bValue.value, 0)} s/mm²
          </div>
        )}
        {info?.mip ? (
          <div
            data-testid={`slice-${viewportId}`}
            data-mip-angle={info.mipAngle}
            title="Maximum intensity projection through the whole volume; angle of rotation about the body axis (0° anterior view, 90° from the patient's left). Click: the other panes go to the hottest voxel under the cursor"
          >
            <b>MIP</b>
            {info.mipAngle !== undefined && ` ${fmt(info.mipAngle, 0)}° · ${mipViewName(info.mipAngle)}`}
          </div>
        ) : (
          <>
            <div data-testid={`slice-${viewportId}`} data-slice={info?.sliceNumber} data-count={info?.sliceCount}>
              Slice {info?.sliceNumber || '—'} / {info?.sliceCount || '—'}
            </div>
            <div>Pos {fmt(info?.slicePosition)} mm</div>
            <div>Thk {fmt(info?.sliceThickness)} mm</div>
          </>
        )}
      </div>
      <div className="br">
        {info?.mmPerPx !== undefined && info.sliceCount > 0 && width > 0 && <ScaleBar viewportId={viewportId} mmPerPx={info.mmPerPx} widthPx={width} />}
        {(info?.mip || (series.modality === 'PT' && !info?.fused)) && info?.windowCenter !== undefined && info.windowWidth !== undefined ? (
          <div data-testid={`window-${viewportId}`} title={`PET display window, ${petScaleOf(info.petUnit).isSuv ? 'body-weight SUV' : `${petScaleOf(info.petUnit).unit} (SUV not computable)`} (inverted grey: white at the lower end, black at the upper end)`}>
            {petScaleOf(info.petUnit).windowLabel} {fmt(info.windowCenter - info.windowWidth / 2, petScaleOf(info.petUnit).isSuv ? 1 : 0)}–{fmt(info.windowCenter + info.windowWidth / 2, petScaleOf(info.petUnit).isSuv ? 1 : 0)}
          </div>
        ) : (
          <div>
            W {fmt(info?.windowWidth, wlDigits(series.modality, info?.windowWidth))} / L {fmt(info?.windowCenter, wlDigits(series.modality, info?.windowWidth))}
          </div>
        )}
      </div>
      {info?.fused && <SuvColorBar viewportId={viewportId} unit={info.petUnit} />}
      {info?.mip && <MipLevelLine viewportId={viewportId} />}
      {info?.markers && info.sliceCount > 0 && <OrientationMarkers viewportId={viewportId} markers={info.markers} />}
    </div>
  );
}
