import { useMemo, useState } from 'react';
import { RADIOMICS_PRESETS } from '@caliper/engine';
import { useApp } from '../../../app/store';
import { downloadBytes } from '../../persistence/ui/download';
import { PRESET_NAMES, settingsFor } from '../model/customSettings';
import { describeSettings } from '../model/describeSettings';
import { radiomicsCsv, radiomicsJson } from '../model/exportRadiomics';
import { searchFeatures } from '../model/featureGroups';
import { cancelRadiomics, computeLesionRadiomics } from '../service/runRadiomics';
import { computeLesionRobustness } from '../service/runRobustness';
import { engineVolumeInfo } from '../../measure/service/engineVolumes';
import { FeatureTable } from './FeatureTable';
import { SettingsEditor } from './SettingsEditor';
import { DicomText } from '../../../app/text/DicomText';
import { safeFileName, truncateText } from '@caliper/core';

const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);

/** Sidebar panel "Radiomics" (key Q): IBSI-1 features of the selected lesion. */
export function RadiomicsPanel() {
  const open = useApp((s) => s.radiomicsOpen);
  const setRadiomics = useApp((s) => s.setRadiomics);
  const lesion = useApp((s) => s.lesions.find((l) => l.id === s.selectedLesionId));
  const config = useApp((s) => s.radiomicsConfig);
  const custom = useApp((s) => s.radiomicsCustom);
  const job = useApp((s) => s.radiomicsJob);
  const error = useApp((s) => s.radiomicsError);
  const query = useApp((s) => s.radiomicsQuery);
  const state = useApp((s) => (lesion ? s.radiomicsByLesion[lesion.id] : undefined));
  const [editing, setEditing] = useState(false);
  const [unstableOnly, setUnstableOnly] = useState(false);
  const settings = settingsFor(config, custom) ?? RADIOMICS_PRESETS.A;
  const current = state && lesion && state.lesionVersion === lesion.version ? state : undefined;
  const unit = current?.record.unit ?? (lesion ? engineVolumeInfo(lesion.seriesUIDs[0] ?? '')?.unit : undefined) ?? 'series unit';
  const robustness = current?.robustness && current.robustness.lesionVersion === lesion?.version ? current.robustness : undefined;
  const shown = useMemo(() => {
    const found = current ? searchFeatures(current.record.features, query) : [];
    return unstableOnly && robustness ? found.filter((f) => robustness.features[f.key]?.unstable) : found;
  }, [current, query, unstableOnly, robustness]);
  const featureSettings = current ? (settingsFor(String(current.record.settings.name ?? ''), custom) ?? settings) : settings;

  if (!open) {
    return (
      <section className="rad-panel" aria-label="Radiomics">
        <h2>
          <button className="rad-toggle" onClick={() => setRadiomics({ radiomicsOpen: true })} title="IBSI-1 radiomics of the selected lesion (Q)">
            ▸ Radiomics <kbd>Q</kbd>
          </button>
        </h2>
      </section>
    );
  }
  const exportAs = (kind: 'csv' | 'json') => {
    if (!current || !lesion) return;
    const who = { id: lesion.id, name: lesion.name };
    const base = safeFileName(`radiomics-${truncateText(lesion.name, 60)}-${truncateText(String(current.record.settings.name ?? 'custom'), 30)}`, { max: 120 });
    const text = kind === 'csv' ? radiomicsCsv(current.record, who) : JSON.stringify(radiomicsJson(current.record, who), null, 2) + '\n';
    downloadBytes(`${base}.${kind}`, kind === 'csv' ? 'text/csv' : 'application/json', new TextEncoder().encode(text));
  };
  const busy = job !== null;
  return (
    <section className="rad-panel" aria-label="Radiomics" data-testid="radiomics-panel">
      <h2>
        <button className="rad-toggle" onClick={() => setRadiomics({ radiomicsOpen: false })} title="Hide (Q)">
          ▾ Radiomics <kbd>Q</kbd>
        </button>
      </h2>
      {!lesion ? (
        <p className="muted small">Select a lesion in the lesion table: its IBSI-1 features are computed here.</p>
      ) : (
        <p className="small">
          Lesion <b><DicomText value={lesion.name} /></b> <span className="muted">· <DicomText value={lesion.location} /></span>
        </p>
      )}
      <div className="row">
        <label>
          Configuration{' '}
          <select value={config} onChange={(e) => setRadiomics({ radiomicsConfig: e.target.value })} aria-label="Radiomics configuration">
            {PRESET_NAMES.map((p) => (
              <option key={p} value={p}>IBSI preset {p}</option>
            ))}
            {custom.map((c) => (
              <option key={c.name} value={c.name}>{c.name}</option>
            ))}
          </select>
        </label>
        <button onClick={() => setEditing(!editing)} title="Custom settings: edit a copy of this configuration, saved in this browser">
          {editing ? 'Close editor' : 'Edit…'}
        </button>
      </div>
      {editing && <SettingsEditor key={settings.name} from={settings} onClose={() => setEditing(false)} />}
      {lesion && unit !== 'HU' && unit !== 'series unit' && (PRESET_NAMES as readonly string[]).includes(settings.name) && (
        <p className="warn small">Presets A–E are IBSI's CT settings in HU; this series is in {unit}: its ranges and bin widths apply in {unit} (a custom setting fits it better).</p>
      )}
      <ul className="rad-settings small muted" aria-label="Resolved settings" title={JSON.stringify(settings)}>
        {describeSettings(settings, unit).map((line) => <li key={line}>{line}</li>)}
      </ul>
      <div className="row">
        <button disabled={!lesion || busy} onClick={() => quiet(computeLesionRadiomics())} data-testid="radiomics-compute">
          Compute
        </button>
        <button disabled={!current || busy} onClick={() => quiet(computeLesionRobustness())} title="Recompute under ROI erosion/dilation by one voxel, a ½-voxel translation and added noise; flag features whose CV > 10 % or ICC < 0.9" data-testid="radiomics-robustness">
          Robustness
        </button>
        {busy && <button onClick={cancelRadiomics} data-testid="radiomics-cancel">Cancel</button>}
      </div>
      {job && (
        <div className="rad-progress" role="status" aria-live="polite">
          <progress max={job.total} value={job.done} />{' '}
          <span className="small">
            {job.kind === 'features' ? `Computing ${job.step ? `(${job.step} done)` : '…'}` : 'Robustness…'} {job.done}/{job.total}
          </span>
        </div>
      )}
      {error && <p className="err small" role="alert">{error}</p>}
      {state && lesion && !current && <p className="warn small">Features were computed for an earlier shape of this lesion: compute again.</p>}
      {current && (
        <>
          <p className="small muted" data-testid="radiomics-summary" title={current.stepMs ? `Worker time per step (ms): ${Object.entries(current.stepMs).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}` : 'Restored from the reading'}>
            {current.record.features.length} features · settings {String(current.record.settings.name)} · {current.record.modality ?? '?'} in {current.record.unit}
            {current.record.unit === 'raw' ? ' (no calibrated unit: raw stored values)' : ''} · ROI {current.record.roi.morphologicalVoxels} / {current.record.roi.intensityVoxels} voxels
            {current.computeMs !== undefined ? ` · ${(current.computeMs / 1000).toFixed(2)} s` : ''}
          </p>
          {robustness && (
            <p className="small" data-testid="radiomics-robustness-summary">
              <span className="warn">⚠ {robustness.summary.unstable}</span> of {robustness.summary.assessed} features unstable (CV &gt; {robustness.cvThreshold * 100} %
              {robustness.subjects > 1 ? ` or ICC < ${robustness.iccThreshold}, ${robustness.subjects} lesions` : ''}) under {robustness.perturbations.slice(1).join(', ')}
            </p>
          )}
          <div className="row">
            <input type="search" placeholder="Search features…" title="Name, IBSI code, family or aggregation; every word must match" value={query} onChange={(e) => setRadiomics({ radiomicsQuery: e.target.value })} aria-label="Search features" />
            <button onClick={() => exportAs('csv')}>CSV</button>
            <button onClick={() => exportAs('json')}>JSON</button>
          </div>
          {robustness && (
            <label className="small rad-unstable" title="Show only the features flagged unstable">
              <input type="checkbox" checked={unstableOnly} onChange={(e) => setUnstableOnly(e.target.checked)} /> unstable only
            </label>
          )}
          <FeatureTable features={shown} settings={featureSettings} unit={current.record.unit} robustness={robustness} />
        </>
      )}
    </section>
  );
}
