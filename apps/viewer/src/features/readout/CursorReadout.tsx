import { useApp } from '../../app/store';
import { fmt } from '../overlay/formatDicom';

/** Value under the cursor in real units, with the patient (LPS) coordinate. */
export function CursorReadout() {
  const c = useApp((s) => s.cursor);
  if (!c) return <span className="readout muted">Move the cursor over an image for its value</span>;
  const digits = c.unit === 'HU' ? 0 : c.unit === 'SUVbw' ? 2 : 1;
  return (
    <span className="readout" data-testid="readout" title="Value under the cursor and its patient coordinate (LPS, mm)">
      <b>{c.value === null ? '—' : `${fmt(c.value, digits)} ${c.unit}`}</b>
      <span>
        {' '}L {fmt(c.lps[0])} P {fmt(c.lps[1])} S {fmt(c.lps[2])} mm
      </span>
      {c.ijk && <span className="muted"> [{c.ijk.join(', ')}]</span>}
    </span>
  );
}
