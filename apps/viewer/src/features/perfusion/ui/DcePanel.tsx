import { useShallow } from 'zustand/react/shallow';
import { useApp, appStore } from '../../../app/store';
import { DicomText } from '../../../app/text/DicomText';
import { dceRows } from '../model/dceRows';
import { KIND_NAME } from '../model/perfusionKind';
import { perfusionRows } from '../model/perfusionRows';
import type { DceSettings } from '../model/dceSlice';
import { openDce, playDce, setDceMode, setDcePhase, stopCine } from '../service/dceView';
import { applyDceT10 } from '../service/dceT10';
import { DceChart } from './DceChart';
import { PerfusionChart } from './PerfusionChart';
import { PerfusionSettings } from './PerfusionSettings';

const num = (v: string): number | null => (v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

function Settings() {
  const o = useApp((s) => s.dceSettings);
  const dce = useApp((s) => s.dce);
  const lesions = useApp(useShallow((s) => (s.dce ? s.lesions.filter((l) => l.seriesUIDs.includes(s.dce!.viewUID)) : [])));
  const mr = useApp(useShallow((s) => (dce ? Object.values(s.series).filter((x) => x.modality === 'MR' && x.studyInstanceUID === s.series[dce.sourceUID]?.studyInstanceUID && x.seriesInstanceUID !== dce.sourceUID && x.seriesInstanceUID !== dce.viewUID) : [])));
  const set = (p: Partial<DceSettings>) => appStore.getState().setDceSettings(p);
  const setT10 = (t10: DceSettings['t10']) => {
    set({ t10 });
    void applyDceT10();
  };
  return (
    <div className="dce-settings">
      <label title="Tracer-kinetic model fitted to the ROI-mean concentration (caliper dce --model)">Model{' '}
        <select value={o.model} onChange={(e) => set({ model: e.target.value as DceSettings['model'] })} data-testid="dce-model">
          <option value="etofts">extended Tofts</option><option value="tofts">Tofts</option><option value="patlak">Patlak</option>
        </select>
      </label>
      <label title="Arterial input function: population (Parker 2006, Weinmann 1984), a vessel ROI you draw, or the suggested brightest early-enhancing voxels">AIF{' '}
        <select value={o.aif} onChange={(e) => set({ aif: e.target.value as DceSettings['aif'] })} data-testid="dce-aif">
          <option value="parker">Parker</option><option value="weinmann">Weinmann</option><option value="vessel">vessel ROI</option><option value="suggested" disabled={!dce?.suggestion}>suggested vessel</option>
        </select>
      </label>
      {o.aif === 'vessel' && (
        <label title="The ROI drawn on an artery: its mean blood concentration / (1 − Hct) is the AIF">Vessel{' '}
          <select value={o.aifLesionId ?? ''} onChange={(e) => set({ aifLesionId: e.target.value || null })}>
            <option value="">—</option>
            {lesions.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
        </label>
      )}
      {dce?.suggestion && (
        <div className="small muted" data-testid="dce-suggestion" title="Brightest early-enhancing voxels (relative enhancement, earliest peak): draw the vessel ROI there">
          Suggested vessel: {dce.suggestion.count} voxels at ({dce.suggestion.centreMm.map((v) => v.toFixed(0)).join(', ')}) mm, peak {dce.suggestion.peakTimeS.toFixed(0)} s, +{(100 * dce.suggestion.enhancement).toFixed(0)} %
        </div>
      )}
      <label title="Bolus arrival, s after the first phase (t = 0 of the AIF; earlier phases are the baseline). Empty: detected on each ROI as caliper dce does">BAT (s){' '}
        <input type="number" step="0.1" min={0} placeholder="detect" value={o.bolusArrivalS ?? ''} onChange={(e) => set({ bolusArrivalS: num(e.target.value) })} data-testid="dce-bat" />
      </label>
      <label title="Pre-contrast T1: one value for every voxel, or a T1 map fitted from a variable-flip-angle series of the study (same grid)">T10{' '}
        <select value={o.t10.kind === 'fixed' ? 'fixed' : o.t10.seriesUID} onChange={(e) => setT10(e.target.value === 'fixed' ? { kind: 'fixed', ms: 1000 } : { kind: 'vfa', seriesUID: e.target.value })} data-testid="dce-t10">
          <option value="fixed">fixed</option>
          {mr.map((x) => <option key={x.seriesInstanceUID} value={x.seriesInstanceUID}>VFA: {x.seriesDescription || x.seriesInstanceUID}</option>)}
        </select>
      </label>
      {o.t10.kind === 'fixed' && (
        <label title="Fixed T10 (ms)">ms <input type="number" min={1} value={o.t10.ms} onChange={(e) => { const v = num(e.target.value); if (v && v > 0) setT10({ kind: 'fixed', ms: v }); }} data-testid="dce-t10-ms" /></label>
      )}
      <label title="Haematocrit: plasma Cp = Cb / (1 − Hct)">Hct <input type="number" step="0.01" min={0} max={0.99} value={o.hematocrit} onChange={(e) => { const v = num(e.target.value); if (v !== null && v >= 0 && v < 1) set({ hematocrit: v }); }} /></label>
      <label title="Relaxivity r1 (/mM/s)">r1 <input type="number" step="0.1" min={0.1} value={o.r1PerMmS} onChange={(e) => { const v = num(e.target.value); if (v && v > 0) set({ r1PerMmS: v }); }} /></label>
      {dce && <div className="small muted" data-testid="dce-t10-note">T10: {dce.t10Note}</div>}
    </div>
  );
}

function Phases() {
  const dce = useApp((s) => s.dce)!;
  const t = dce.timesS[dce.phase];
  return (
    <div className="dce-phases">
      <div className="small" data-testid="dce-time-source" title={`Phases grouped by ${dce.groupedBy}; times in s after the first phase`}>
        {dce.timesS.length} phases · times from {dce.timeSource} · {dce.kind === 'dce' ? `FA ${dce.flipAngleDeg}° · TR ${dce.trMs} ms` : dce.kind === 'dsc' ? `TE ${dce.teMs} ms` : 'HU'}
      </div>
      {dce.kind !== 'dce' && <div className="small muted" data-testid="dce-kind-why" title="Why this series is offered as this analysis">{KIND_NAME[dce.kind]}: <DicomText value={dce.kindWhy} /></div>}
      <div className="dce-row">
        <button onClick={() => (dce.playing ? stopCine() : playDce())} title="Cine through the phases (/)" data-testid="dce-play">{dce.playing ? '❚❚' : '▶'}</button>
        <input type="range" min={0} max={dce.timesS.length - 1} value={dce.phase} onChange={(e) => void setDcePhase(Number(e.target.value))} disabled={dce.mode === 'mip'}
          title="Phase (< and > step)" aria-label="Phase" data-testid="dce-phase" />
        <span className="small" data-testid="dce-phase-label">{dce.mode === 'mip' ? 'all phases' : `${dce.phase + 1}/${dce.timesS.length} · ${t.toFixed(1)} s`}</span>
      </div>
      <div className="dce-row" role="radiogroup" aria-label="DCE display">
        {(['phase', 'subtraction', 'mip'] as const).map((m) => (
          <label key={m} title={m === 'phase' ? 'One phase' : m === 'subtraction' ? (dce.kind === 'dsc' ? `Mean of the ${dce.baselineCount} baseline phase(s) − phase (the T2* signal drop)` : `Phase − mean of the ${dce.baselineCount} baseline phase(s) before the bolus arrival`) : dce.kind === 'dsc' ? 'Minimum over all phases (MinIP over time: the bolus darkens)' : 'Maximum over all phases (MIP over time)'}>
            <input type="radio" name="dce-mode" checked={dce.mode === m} onChange={() => void setDceMode(m)} data-testid={`dce-mode-${m}`} /> {m === 'mip' ? (dce.kind === 'dsc' ? 'MinIP' : 'MIP') : m}
          </label>
        ))}
      </div>
    </div>
  );
}

function Results() {
  const rois = useApp((s) => s.dceRois);
  const drawn = useApp(useShallow((s) => (s.dce ? s.lesions.filter((l) => l.seriesUIDs.includes(s.dce!.viewUID)) : [])));
  const drawing = useApp((s) => (s.activeId && s.dceRois[s.activeId] && !s.lesions.some((l) => l.id === s.activeId) ? s.activeId : null));
  const lesions = [...drawn.map((l) => ({ id: l.id, name: l.name })), ...(drawing ? [{ id: drawing, name: 'New ROI (drawing)' }] : [])];
  const curve = useApp((s) => s.dceCurve);
  const kind = useApp((s) => s.dce?.kind ?? 'dce');
  const o = useApp((s) => s.dceSettings);
  // What each ROI is for (the arterial input, the DSC reference, the CT venous output).
  const roles: Record<string, string> = {};
  if (o.aif === 'vessel' && o.aifLesionId) roles[o.aifLesionId] = 'artery (AIF)';
  if (kind === 'dsc' && o.referenceLesionId) roles[o.referenceLesionId] = 'reference (NAWM)';
  if (kind === 'ctp' && o.venousLesionId) roles[o.venousLesionId] = 'vein (venous output)';
  if (!lesions.length) return <p className="small muted">Draw a ROI (ellipse K, freehand, sphere Y, grow U…) on the {KIND_NAME[kind]} view: its time curve and {kind === 'dce' ? 'fit' : 'perfusion numbers'} follow the pointer.{kind === 'dsc' ? ' Draw an artery (AIF) and normal-appearing white matter (reference) too.' : kind === 'ctp' ? ' Draw an artery (AIF) and a vein (venous output) too.' : ''}</p>;
  return (
    <div>
      <div className="dce-row small">
        <label><input type="radio" checked={curve === 'concentration'} onChange={() => appStore.getState().setDceCurve('concentration')} /> {kind === 'dsc' ? 'ΔR2*' : kind === 'ctp' ? 'ΔHU' : 'concentration'}</label>
        <label><input type="radio" checked={curve === 'signal'} onChange={() => appStore.getState().setDceCurve('signal')} /> signal</label>
      </div>
      {lesions.map((l) => {
        const e = rois[l.id];
        return (
          <div key={l.id} className="dce-roi" data-testid="dce-roi" data-lesion={l.id}>
            <div><b><DicomText value={l.name} /></b>{roles[l.id] && <span className="small dce-role" data-testid="dce-role"> · {roles[l.id]}</span>}{e?.result && <span className="small muted"> · {'kind' in e.result ? e.result.tissue.voxelCount : e.result.voxelCount} voxels · {e.result.computeMs.toFixed(1)} ms</span>}</div>
            {e?.error && <div className="error small" data-testid="dce-roi-error">{e.error}</div>}
            {e?.result && (
              <>
                {'kind' in e.result ? <PerfusionChart r={e.result} curve={curve} /> : <DceChart r={e.result} curve={curve} />}
                <table className="dce-table">
                  <tbody>
                    {('kind' in e.result ? perfusionRows(e.result) : dceRows(e.result)).map((r) => (
                      <tr key={r.key} title={r.title} data-testid={`dce-${r.key}`} data-value={r.value}>
                        <th>{r.label}</th><td>{r.value}</td><td className="muted">{r.unit}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** The perfusion panel (issue 15): dynamic series offered as DCE, DSC or CT perfusion, phases/cine/subtraction/MIP, ROI curves and numbers. */
export function DcePanel() {
  const dce = useApp((s) => s.dce);
  const busy = useApp((s) => s.dceBusy);
  const candidates = useApp((s) => s.dceCandidates);
  const list = Object.entries(candidates);
  if (!dce && !list.length) return null;
  return (
    <section className="panel dce-panel" data-testid="dce-panel">
      <h2>{dce ? KIND_NAME[dce.kind] : 'Perfusion'}</h2>
      {busy && <div className="small muted">{busy}</div>}
      {list.filter(([uid]) => uid !== dce?.sourceUID).map(([uid, c]) => (
        <div key={uid} className="dce-row">
          <span className="small" title={c.why}><DicomText value={c.label} /> · {c.phases} phases ({c.timeSource})</span>
          <button onClick={() => void openDce(uid).catch(() => undefined)} data-testid="dce-open" data-kind={c.kind}
            title={`Open this dynamic series as ${KIND_NAME[c.kind]} (${c.why}): phases, subtraction, ${c.kind === 'dsc' ? 'MinIP' : 'MIP'}, ROI curves and ${c.kind === 'dce' ? 'fits' : 'perfusion numbers'}`}>Open as {KIND_NAME[c.kind]}</button>
        </div>
      ))}
      {dce && (
        <>
          <div className="small"><DicomText value={dce.label} /></div>
          <Phases />
          {dce.kind === 'dce' ? <Settings /> : <PerfusionSettings />}
          <Results />
        </>
      )}
    </section>
  );
}
