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
  const layers = c.layers;
  return (
    <span className="readout" data-testid="readout" data-unit={c.unit} title={layers ? 'Fused PET/CT: the CT (HU) and PET (SUVbw) values at the same patient point (LPS, mm), each read from its own volume (nearest voxel)' : c.mip ? 'MIP: the hottest voxel along the projection ray under the cursor — the value the MIP shows — and that voxel\'s patient coordinate (LPS, mm)' : title}>
      {layers ? (
        <b data-testid="readout-layers">
          {layers.map((l, i) => (
            <span key={i} data-testid={`readout-layer-${i}`} data-unit={l.unit} data-value={l.value ?? ''}>
              {i > 0 && ' · '}
              {l.unit === 'HU' ? 'CT ' : l.unit.startsWith('SUV') || l.unit === 'Bq/mL' ? 'PET ' : ''}
              {l.value === null ? '—' : `${fmt(l.value, readoutDigits(l.unit))} ${l.unit}`}
            </span>
          ))}
        </b>
      ) : (
        <b>{c.mip ? 'MIP max ' : ''}{c.value === null ? '—' : `${fmt(c.value, digits)} ${c.unit}`}</b>
      )}
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
