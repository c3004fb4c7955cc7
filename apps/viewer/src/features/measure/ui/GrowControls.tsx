import { useApp } from '../../../app/store';
import { acceptGrow, cancelGrow, setGrowBounds } from '../service/growService';
import { formatValue } from './biomarkerRows';
import { BiomarkerList } from './BiomarkerList';

/** Click-to-grow preview: bounds sliders (live re-grow), numbers, accept/cancel. */
export function GrowControls() {
  const grow = useApp((s) => s.grow);
  if (!grow) return null;
  const r = grow.reply;
  const b = grow.bounds;
  const unit = r?.measurement.result.unit ?? '';
  const span = b ? Math.max(1e-3, Math.abs(Number.isFinite(b.upper) ? b.upper - b.lower : b.lower)) : 1;
  const slider = (which: 'lower' | 'upper') => {
    if (!b || !Number.isFinite(b[which])) return null;
    const v = b[which];
    return (
      <label style={{ display: 'block' }} title={`${which} bound of the region (inclusive), ${unit}`}>
        {which} {formatValue(v)} {unit}
        <input
          type="range" aria-label={`grow ${which}`} min={v - 2 * span} max={v + 2 * span} step={span / 100} value={v}
          onChange={(e) => void setGrowBounds({ ...b, [which]: Number(e.target.value) })}
        />
      </label>
    );
  };
  return (
    <div className="measure-grow" data-grow-version={r?.version ?? ''} data-voxels={r?.voxelCount ?? ''}>
      <strong>Click-to-grow preview</strong>
      {grow.error && <div className="measure-error">{grow.error}</div>}
      {slider('lower')}
      {slider('upper')}
      {r && <BiomarkerList result={{ version: r.version, measurement: r.measurement }} current={grow.version} label={r.truncated ? 'Region (truncated)' : 'Region'} />}
      <button onClick={() => void acceptGrow()} disabled={!r || r.version !== grow.version}>Accept</button>
      <button onClick={cancelGrow}>Cancel</button>
    </div>
  );
}
