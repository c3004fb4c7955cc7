import { useApp } from '../../../../app/store';
import { engineVolumeInfo } from '../../service/engineVolumes';
import { formatQuantity } from '../formatQuantity';
import { formatBounds } from './formatBounds';

/**
 * Next to the cursor while a grow drag adjusts the bounds: the bounds asked for (inclusive, in the
 * volume's unit) and the volume of the preview once it is computed for them ("…" until then).
 */
export function GrowCursorLabel({ at }: { at: readonly [number, number] }) {
  const g = useApp((s) => s.grow);
  if (!g?.bounds) return null;
  const unit = engineVolumeInfo(g.seriesUID)?.unit ?? g.reply?.measurement.result.unit ?? '';
  const fresh = g.reply && g.reply.version === g.version;
  return (
    <div
      className="grow-cursor-label" data-bounds={`${g.bounds.lower},${g.bounds.upper}`} data-fresh={!!fresh}
      title="Region bounds (inclusive): drag right to widen, left to narrow; release to keep"
      style={{ position: 'absolute', left: at[0] + 14, top: at[1] + 10, pointerEvents: 'none', whiteSpace: 'nowrap', font: '12px system-ui, sans-serif', color: '#ffd400', background: 'rgba(0,0,0,0.7)', padding: '1px 5px', borderRadius: 3 }}
    >
      {formatBounds(g.bounds, unit)} · {fresh ? formatQuantity(g.reply!.measurement.result.volumeMl, 'mL') : '… mL'}
    </div>
  );
}
