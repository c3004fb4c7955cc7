import { useState } from 'react';
import { zipSync } from 'fflate';
import { useShallow } from 'zustand/react/shallow';
import { appStore, useApp } from '../../../app/store';
import { DicomText } from '../../../app/text/DicomText';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import { downloadBytes } from '../../persistence/ui/download';
import { cancelMaps, computeMaps } from './computeMaps';
import { parametricMapFile, mrSeriesFiles } from './exportMaps';
import { setMapOverlay, useMapJob, type MapOverlay, type MapResult } from './mapJobState';
import { checkMapOptions, optionsFromDceSettings, type MapOptions } from './mapOptions';
import { storeMapsOnPacs } from './storeMaps';

const MODELS: Record<MapOptions['model'], string> = { etofts: 'Extended Tofts (Ktrans, kep, ve, vp)', tofts: 'Tofts (Ktrans, kep, ve)', patlak: 'Patlak (Ktrans, vp)' };

function num(label: string, title: string, value: number | null, set: (v: number | null) => void, placeholder?: string) {
  return (
    <label title={title}>
      {label}
      <input type="number" step="any" value={value ?? ''} placeholder={placeholder} onChange={(e) => set(e.target.value === '' ? null : Number(e.target.value))} />
    </label>
  );
}

/** Sidebar panel "DCE maps": options, compute (progress, cancel with Esc), the listed maps and their export. */
export function MapsPanel() {
  const shown = useApp((s) => s.assignments[s.activeViewport]?.seriesUID);
  // A view Caliper derives from a dynamic series (its phase, subtraction or MIP) stands for that series.
  const derived = shown ? derivedVolumeOfSeries(shown) : undefined;
  const active = derived && !derived.unit && !derived.adc ? derived.parentSeriesUID : derived ? undefined : shown;
  const series = useApp((s) => (active ? s.series[active] : undefined));
  const [options, setOptions] = useState<MapOptions>(() => optionsFromDceSettings(appStore.getState()));
  const { state, results, overlay } = useMapJob();
  const vfaCandidates = useApp(useShallow((s) => (series ? Object.values(s.series).filter((o) => o.studyInstanceUID === series.studyInstanceUID && o.modality === 'MR' && o.seriesInstanceUID !== series.seriesInstanceUID && !derivedVolumeOfSeries(o.seriesInstanceUID)) : [])));
  const candidate = series && series.modality === 'MR' ? series : undefined;
  if (!candidate && results.length === 0 && state.kind !== 'running') return null;
  const set = (patch: Partial<MapOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const problems = checkMapOptions(options, Infinity);
  const running = state.kind === 'running';
  return (
    <section className="dce-maps-panel" aria-label="Parametric maps" data-testid="dce-maps-panel">
      <h2 title="DCE maps are set up here; DSC and CT perfusion maps start from the perfusion panel's Compute maps button">Parametric maps</h2>
      {candidate && !running && (
        <form className="dce-maps-form" onSubmit={(e) => { e.preventDefault(); void computeMaps(candidate.seriesInstanceUID, options); }}>
          <div className="muted">Series: <DicomText value={candidate.seriesDescription} /> (#{candidate.seriesNumber ?? '—'})</div>
          <label title="Tracer-kinetic model fitted to every voxel (OSIPI CAPLEX; bounds Ktrans [0, 5] /min, ve [0.001, 1], vp [0, 1])">
            Model
            <select value={options.model} onChange={(e) => set({ model: e.target.value as MapOptions['model'] })}>
              {Object.entries(MODELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </select>
          </label>
          <label title="Levenberg–Marquardt least squares (the contract's fit) or Murase's linear fit (faster preview)">
            Fit
            <select value={options.method} onChange={(e) => set({ method: e.target.value as MapOptions['method'] })}>
              <option value="lm">Levenberg–Marquardt</option>
              <option value="linear">Linear (Murase)</option>
            </select>
          </label>
          <label title="Population arterial input function (plasma; Parker divided by 1 − Hct)">
            AIF
            <select value={options.aif} onChange={(e) => set({ aif: e.target.value as MapOptions['aif'] })}>
              <option value="parker">Parker 2006</option>
              <option value="weinmann">Weinmann</option>
            </select>
          </label>
          <label title="Pre-contrast T1: one value for every voxel, or fitted per voxel from a variable-flip-angle series of the study (SPGR equation, ≥ 2 flip angles, same grid)">
            T10 from
            <select data-testid="dce-maps-t10-source" value={options.vfaSeriesUID ?? ''} onChange={(e) => set({ vfaSeriesUID: e.target.value || null })}>
              <option value="">fixed value</option>
              {vfaCandidates.map((o) => <option key={o.seriesInstanceUID} value={o.seriesInstanceUID}>VFA: #{o.seriesNumber ?? '—'} {o.seriesDescription.slice(0, 40)}</option>)}
            </select>
          </label>
          {options.vfaSeriesUID === null && num('T10 (ms)', 'Pre-contrast T1 of every voxel, ms (SPGR signal → concentration)', options.t10Ms, (v) => set({ t10Ms: v ?? NaN }))}
          {num('r1 (/mM/s)', 'Contrast agent relaxivity r1, per mM per s', options.r1PerMmS, (v) => set({ r1PerMmS: v ?? NaN }))}
          {num('Hct', 'Hematocrit (blood → plasma: Cp = Cb / (1 − Hct))', options.hematocrit, (v) => set({ hematocrit: v ?? NaN }))}
          {num('Bolus arrival (s)', 'Bolus arrival after the first phase, s: t = 0 of the population AIF; earlier phases are the baseline. Empty: detected from the enhancing voxels', options.bolusArrivalS, (v) => set({ bolusArrivalS: v }), 'detected')}
          {problems.length > 0 && <div className="error" role="alert">{problems.join('; ')}</div>}
          <button type="submit" disabled={problems.length > 0} data-testid="dce-maps-compute" title="Fit every voxel of this dynamic series on all cores (Esc cancels)">
            Compute maps
          </button>
        </form>
      )}
      {running && (
        <div className="dce-maps-progress" data-testid="dce-maps-progress">
          <div>{state.stage}</div>
          <progress max={state.total || 1} value={state.done} />
          <span className="muted"> {state.total ? Math.round((100 * state.done) / state.total) : 0}%</span>
          <button onClick={() => cancelMaps()} title="Stop fitting (Esc); nothing is listed">Cancel</button>
        </div>
      )}
      {state.kind === 'failed' && <div className="error" role="alert" data-testid="dce-maps-error">No maps: {state.reason}</div>}
      {results.map((r) => <MapResultRow key={r.sourceSeriesUID} result={r} overlay={overlay?.sourceSeriesUID === r.sourceSeriesUID ? overlay : null} />)}
    </section>
  );
}

function MapResultRow({ result: r, overlay }: { result: MapResult; overlay: MapOverlay | null }) {
  const [busy, setBusy] = useState(false);
  const exportAll = async (kind: 'pm' | 'mr' | 'pacs') => {
    setBusy(true);
    try {
      if (kind === 'pacs') await storeMapsOnPacs(r);
      else if (kind === 'pm') {
        const files = Object.fromEntries(r.series.map((s) => parametricMapFile(r, s.parameter)).map((f) => [f.name, f.bytes]));
        downloadBytes(`DCE_maps_S${r.source.seriesNumber ?? 0}_PM.zip`, 'application/zip', zipSync(files, { level: 0 }));
      } else {
        const files = Object.fromEntries(r.series.flatMap((s) => mrSeriesFiles(r, s.parameter).map((f) => [`${s.parameter.dicom.folder}/${f.name}`, f.bytes])));
        downloadBytes(`DCE_maps_S${r.source.seriesNumber ?? 0}_MR.zip`, 'application/zip', zipSync(files, { level: 0 }));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dce-maps-result" data-testid="dce-maps-result">
      <div className="muted" title="Fitted voxels: S0 > 0 and a real R1 (others are 0 in every map)">
        {r.fittedVoxels} voxels · {r.seconds.toFixed(1)} s · {r.bolusArrivalS === null ? `${r.baselineCount} baseline phases` : `BAT ${r.bolusArrivalS.toFixed(1)} s`}
      </div>
      <ul>
        {r.series.map((s) => (
          <li key={s.seriesUID} title={`${s.parameter.name} (${s.parameter.unit}): ${s.parameter.method}; ${r.methodText}; colour window ${s.window.lower}–${s.window.upper} ${s.parameter.unit}`}>
            {s.parameter.name} <span className="muted">{s.parameter.unit}</span>{' '}
            <button
              className="link"
              data-testid={`dce-maps-pm-${s.parameter.name}`}
              title={`Download ${s.parameter.name} as a DICOM Parametric Map (float values, unit ${s.parameter.dicom.ucum} in a Real World Value Mapping)`}
              onClick={() => {
                const f = parametricMapFile(r, s.parameter);
                downloadBytes(f.name, 'application/dicom', f.bytes);
              }}
            >
              ⤓ DICOM
            </button>
          </li>
        ))}
      </ul>
      <div className="dce-maps-overlay" title="Show a map in colour over the dynamic series' own images (transparent where not fitted or 0); the readout stays the anatomy's">
        <label>
          Overlay on anatomy
          <select
            data-testid="dce-maps-overlay"
            value={overlay?.field ?? ''}
            onChange={(e) => setMapOverlay(e.target.value ? { sourceSeriesUID: r.sourceSeriesUID, field: e.target.value as MapOverlay['field'], opacity: overlay?.opacity ?? 0.6 } : null)}
          >
            <option value="">none</option>
            {r.series.map((s) => <option key={s.parameter.field} value={s.parameter.field}>{s.parameter.name} ({s.parameter.unit})</option>)}
          </select>
        </label>
        {overlay && (
          <label title="Opacity of the map over the anatomy">
            {Math.round(overlay.opacity * 100)}%
            <input type="range" min={0.1} max={1} step={0.05} value={overlay.opacity} onChange={(e) => setMapOverlay({ ...overlay, opacity: Number(e.target.value) })} />
          </label>
        )}
      </div>
      <div className="dce-maps-export">
        <button disabled={busy} onClick={() => void exportAll('pm')} data-testid="dce-maps-export-pm" title="Every map as a DICOM Parametric Map (float values, unit in a Real World Value Mapping), in a zip">Parametric Maps (zip)</button>
        <button disabled={busy} onClick={() => void exportAll('mr')} title="One MR series per parameter (16-bit, Real World Value Mapping), as caliper dce --out writes, in a zip">MR series (zip)</button>
        <button disabled={busy} onClick={() => void exportAll('pacs')} title="Store the Parametric Maps on the configured DICOMweb server (STOW-RS)">Store to PACS</button>
      </div>
    </div>
  );
}
