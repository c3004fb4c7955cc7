import { useApp } from '../../../app/store';
import type { PetThresholdSetting } from '../model/measureSlice';

/** PET threshold ROI setting for the sphere tool: off, absolute SUV, % of SUVmax, PERCIST (liver). */
export function PetOptions() {
  const t = useApp((s) => s.petThreshold);
  const liver = useApp((s) => s.liverReference);
  const selected = useApp((s) => s.lesions.find((l) => l.id === s.selectedLesionId));
  const results = useApp((s) => (s.selectedLesionId ? s.results[s.selectedLesionId] : undefined));
  const set = useApp((s) => s.setMeasure);
  const value = t.kind === 'absolute' ? t.suv : t.kind === 'percentOfMax' ? t.percent : 0;
  const pick = (kind: string, v = value): PetThresholdSetting =>
    kind === 'absolute' ? { kind, suv: v || 2.5 } : kind === 'percentOfMax' ? { kind, percent: v || 41 } : kind === 'percist' ? { kind, liverMean: liver?.mean ?? 0, liverSd: liver?.sd ?? 0 } : { kind: 'off' };
  const useAsLiver = () => {
    const pet = Object.values(results ?? {}).find((r) => r.measurement?.result.suv);
    const m = pet?.measurement?.result;
    if (m && m.mean !== null && m.sd !== null) set({ liverReference: { mean: m.mean, sd: m.sd, unit: m.unit } });
  };
  return (
    <div className="pet-options" style={{ margin: '4px 0' }} title="PET threshold ROI: applies to spheres (Sphere tool) and to rectangles drawn on a PET view (a box; on the PET MIP it spans the whole body depth)">
      <label>
        PET threshold{' '}
        <select aria-label="PET threshold" value={t.kind} onChange={(e) => set({ petThreshold: pick(e.target.value) })}>
          <option value="off">off (whole sphere)</option>
          <option value="absolute">SUV ≥</option>
          <option value="percentOfMax">% of SUVmax</option>
          <option value="percist">PERCIST (liver)</option>
        </select>
      </label>
      {(t.kind === 'absolute' || t.kind === 'percentOfMax') && (
        <input aria-label="threshold value" type="number" step="0.1" value={value} style={{ width: 60 }} onChange={(e) => set({ petThreshold: pick(t.kind, Number(e.target.value)) })} />
      )}
      {t.kind === 'percist' && (
        <div>
          {liver ? `Liver ${liver.mean.toFixed(2)} ± ${liver.sd.toFixed(2)} ${liver.unit} → ${(1.5 * liver.mean + 2 * liver.sd).toFixed(2)}` : 'No liver reference'}{' '}
          <button disabled={!selected} onClick={useAsLiver} title="Use the selected lesion (a 3 cm liver sphere) as the PERCIST reference">Selected = liver</button>
        </div>
      )}
    </div>
  );
}
