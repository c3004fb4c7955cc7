import { useApp } from '../../../app/store';
import { acceptGrow, cancelGrow, setGrowBounds } from '../service/growService';
import { formatQuantity } from './formatQuantity';
import { BiomarkerList } from './BiomarkerList';
import { displayUnit } from './grow/displayUnit';
import { useGrowKeys } from './grow/useGrowKeys';

const HOW = 'Press on a lesion and drag horizontally: right widens the bounds, left narrows them (×2 per 100 px), around the default '
  + 'from the local intensity (CT: mean ± max(4 SD, 10 %); PET: ≥ 41 % of the local SUVmax; ADC: mean ± max(4 SD, 10 %)). Enter accepts, Esc cancels.';

/** Click-to-grow preview: bounds sliders (live re-grow), numbers, accept (Enter) / cancel (Esc). */
export function GrowControls() {
  const grow = useApp((s) => s.grow);
  useGrowKeys(!!grow);
  if (!grow) return null;
  const r = grow.reply;
  const b = grow.bounds;
  const unit = r?.measurement.result.unit ?? '';
  const span = b ? Math.max(1e-3, Math.abs(Number.isFinite(b.upper) ? b.upper - b.lower : b.lower)) : 1;
  const slider = (which: 'lower' | 'upper') => {
    if (!b || !Number.isFinite(b[which])) return null;
    const v = b[which];
    return (
      <label style={{ display: 'block' }} title={`${which} bound of the region (inclusive), ${displayUnit(unit)}`}>
        {which} {formatQuantity(v, unit)}
        <input
          type="range" aria-label={`grow ${which}`} min={v - 2 * span} max={v + 2 * span} step={span / 100} value={v}
          onChange={(e) => void setGrowBounds({ ...b, [which]: Number(e.target.value) })}
        />
      </label>
    );
  };
  const t = r?.timings;
  return (
    <div
      className="measure-grow" data-grow-version={r?.version ?? ''} data-requested-version={grow.version} data-voxels={r?.voxelCount ?? ''}
      data-grow-ms={t ? t.growMs.toFixed(2) : ''} data-measure-ms={t ? t.measureMs.toFixed(2) : ''}
      data-roundtrip-ms={t?.roundTripMs?.toFixed(2) ?? ''} data-to-worker-ms={t?.toWorkerMs?.toFixed(2) ?? ''} data-from-worker-ms={t?.fromWorkerMs?.toFixed(2) ?? ''}
      title={HOW + (t ? ` Last preview: grow ${t.growMs.toFixed(1)} ms + measure ${t.measureMs.toFixed(1)} ms in the engine worker.` : '')}
    >
      <strong>Click-to-grow preview</strong>
      {grow.error && <div className="measure-error">{grow.error}</div>}
      {slider('lower')}
      {slider('upper')}
      {r && <BiomarkerList result={{ version: r.version, measurement: r.measurement }} current={grow.version} label={r.truncated ? 'Region (truncated)' : 'Region'} />}
      <button onClick={() => void acceptGrow()} disabled={!r || r.version !== grow.version} title="Accept the region as a lesion (Enter)">Accept</button>
      <button onClick={cancelGrow} title="Discard the preview (Esc)">Cancel</button>
      <div style={{ opacity: 0.6, fontSize: '0.85em' }}>Drag on the image: → wider, ← narrower · Enter accept · Esc cancel</div>
    </div>
  );
}
