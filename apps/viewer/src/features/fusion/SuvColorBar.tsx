import { useApp } from '../../app/store';
import { PET_COLORMAPS, cssGradientOf } from './petColormaps';
import { formatTick, suvTicks } from './suvTicks';
import { OPAQUE_FROM, TRANSPARENT_TO } from './fusionOpacity';
import { petScaleOf } from './petScale';

/**
 * The PET colour scale of a fused pane, drawn inside its right edge: the colour map over the SUV
 * window with ticks at round values and the unit — SUVbw, or the PET's own unit (Bq/mL) when SUV
 * cannot be computed. The transparent floor (CT shows through) is hatched.
 */
export function SuvColorBar({ viewportId, unit }: { viewportId: string; unit?: string }) {
  const scale = petScaleOf(unit);
  const u = scale.unit;
  const range = useApp((s) => s.petRange);
  const id = useApp((s) => s.petColormap);
  const opacity = useApp((s) => s.fusionOpacity);
  const def = PET_COLORMAPS[id];
  const [lo, hi] = range;
  const ticks = suvTicks(lo, hi, 6);
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : hi - lo;
  const pct = (v: number) => ((v - lo) / (hi - lo)) * 100;
  return (
    <div
      className="suv-colorbar"
      data-testid="suv-colorbar"
      data-viewport-id={viewportId}
      data-colormap={id}
      data-ticks={ticks.join(',')}
      data-unit={u}
      title={`PET colour scale: ${def.label}, ${u} ${lo}–${hi}${scale.isSuv ? ' (body-weight SUV, g/mL)' : ' (SUV not computable)'}, PET opacity ${Math.round(opacity * 100)} %; transparent below ${formatTick(lo + TRANSPARENT_TO * (hi - lo), step / 10)}, full opacity from ${formatTick(lo + OPAQUE_FROM * (hi - lo), step / 10)} ${u}`}
    >
      <div className="unit">{scale.isSuv ? <>SUV<sub>bw</sub></> : u}</div>
      <div className="scale">
        <div className="bar" style={{ background: cssGradientOf(def) }}>
          <div className="floor" style={{ height: `${TRANSPARENT_TO * 100}%` }} />
        </div>
        <div className="ticks">
          {ticks.map((t) => (
            <span key={t} style={{ bottom: `${pct(t)}%` }}>
              {formatTick(t, step)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
