import { useShallow } from 'zustand/react/shallow';
import { appStore, useApp } from '../../../app/store';
import { computeDeconvolutionMaps } from '../maps/computeDeconvolutionMaps';
import type { DceSettings } from '../model/dceSlice';

const num = (v: string): number | null => (v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

/**
 * DSC / CT perfusion settings: the arterial input (a vessel ROI the reader draws, or the suggested
 * darkest early-dropping (DSC) / brightest early-enhancing (CT) voxels), the reference ROI of rCBV/rCBF
 * (DSC: normal-appearing white matter) or the venous output ROI (CT: partial-volume scaling), and the
 * bolus arrival (empty: detected on the arterial ROI).
 */
export function PerfusionSettings() {
  const o = useApp((s) => s.dceSettings);
  const dce = useApp((s) => s.dce)!;
  const lesions = useApp(useShallow((s) => (s.dce ? s.lesions.filter((l) => l.seriesUIDs.includes(s.dce!.viewUID)) : [])));
  const set = (p: Partial<DceSettings>) => appStore.getState().setDceSettings(p);
  const dsc = dce.kind === 'dsc';
  const secondKey = dsc ? 'referenceLesionId' : 'venousLesionId';
  const pick = (value: string | null, onPick: (id: string | null) => void, testId: string) => (
    <select value={value ?? ''} onChange={(e) => onPick(e.target.value || null)} data-testid={testId}>
      <option value="">—</option>
      {lesions.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
    </select>
  );
  return (
    <div className="dce-settings">
      <label title={`Arterial input function: the mean curve of a vessel ROI you draw on an artery, or the suggested ${dsc ? 'darkest early-dropping' : 'brightest early-enhancing'} voxels`}>AIF{' '}
        <select value={o.aif === 'vessel' ? 'vessel' : 'suggested'} onChange={(e) => set({ aif: e.target.value as DceSettings['aif'] })} data-testid="dce-aif">
          <option value="suggested" disabled={!dce.suggestion}>suggested artery</option><option value="vessel">vessel ROI</option>
        </select>
      </label>
      {o.aif === 'vessel' && <label title="The ROI drawn on an artery">Artery {pick(o.aifLesionId, (id) => set({ aifLesionId: id }), 'dce-aif-roi')}</label>}
      <label title={dsc ? 'Reference ROI on normal-appearing white matter: rCBV and rCBF are tissue / reference, and its curve is the leakage (BSW) reference' : 'Venous output ROI (e.g. superior sagittal sinus): the arterial curve is scaled by ∫VOF/∫AIF when larger (arterial partial volume)'}>
        {dsc ? 'Reference (NAWM)' : 'Vein'} {pick(o[secondKey], (id) => set({ [secondKey]: id }), dsc ? 'dce-reference-roi' : 'dce-venous-roi')}
      </label>
      {dce.suggestion && (
        <div className="small muted" data-testid="dce-suggestion" title={`${dsc ? 'Darkest early-dropping' : 'Brightest early-enhancing'} voxels (earliest ${dsc ? 'minimum' : 'peak'}): the artery to draw the AIF ROI on`}>
          Suggested artery: {dce.suggestion.count} voxels at ({dce.suggestion.centreMm.map((v) => v.toFixed(0)).join(', ')}) mm, {dsc ? 'minimum' : 'peak'} {dce.suggestion.peakTimeS.toFixed(0)} s, {dsc ? `−${(100 * dce.suggestion.enhancement).toFixed(0)} %` : `+${dce.suggestion.enhancement.toFixed(0)} HU`}
        </div>
      )}
      <label title="Bolus arrival, s after the first phase: earlier phases are the baseline (S0 / baseline HU). Empty: detected on the arterial ROI (Cheong 2003)">BAT (s){' '}
        <input type="number" step="0.1" min={0} placeholder="detect" value={o.bolusArrivalS ?? ''} onChange={(e) => set({ bolusArrivalS: num(e.target.value) })} data-testid="dce-bat" />
      </label>
      <button onClick={() => void computeDeconvolutionMaps(dce.sourceUID)} data-testid="perfusion-maps-compute"
        title={`Whole-volume ${dsc ? 'rCBV (leakage-corrected), rCBF and MTT' : 'BF, BV, MTT and PS'} maps on all cores with this arterial${dsc ? ' and reference' : ' and venous'} ROI (Esc cancels); listed as series, overlaid and exported in the maps panel`}>
        Compute maps ({dsc ? 'rCBV, rCBF, MTT' : 'BF, BV, MTT, PS'})
      </button>
    </div>
  );
}
