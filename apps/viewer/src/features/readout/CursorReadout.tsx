import { useApp } from '../../app/store';
import { fmt } from '../overlay/formatDicom';
import { ADC_UNIT, readoutDigits } from './readoutDigits';

/** Value under the cursor in real units, with the patient (LPS) coordinate and the voxel index; empty off the image. */
export function CursorReadout() {
  const c = useApp((s) => s.cursor);
  if (!c) return <span className="readout muted">Move the cursor over an image for its value</span>;
  const digits = readoutDigits(c.unit);
  const title = c.unit === ADC_UNIT
    ? 'ADC (apparent diffusion coefficient) under the cursor in 10⁻³ mm²/s — Caliper\'s log-linear fit of a multi-b DWI, or a stored ADC map converted from its header unit — and its patient coordinate (LPS, mm)'
    : 'Value under the cursor and its patient coordinate (LPS, mm)';
  return (
    <span className="readout" data-testid="readout" data-unit={c.unit} title={title}>
      <b>{c.value === null ? '—' : `${fmt(c.value, digits)} ${c.unit}`}</b>
      <span>
        {' '}L {fmt(c.lps[0])} P {fmt(c.lps[1])} S {fmt(c.lps[2])} mm
      </span>
      {c.ijk && (
        <span className="muted" data-testid="readout-ijk" data-ijk={c.ijk.join(',')} title="Voxel index (i column, j row, k slice; 0-based, k in slice order: slice number − 1)">
          {' '}voxel ({c.ijk.join(', ')})
        </span>
      )}
    </span>
  );
}
