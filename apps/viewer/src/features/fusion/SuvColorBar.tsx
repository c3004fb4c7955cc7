import { useApp } from '../../app/store';
import { PET_COLORMAPS, cssGradientOf } from './petColormaps';
import { formatTick, suvTicks } from './suvTicks';
import { OPAQUE_FROM, TRANSPARENT_TO } from './fusionOpacity';

/**
 * The PET colour scale of a fused pane, drawn inside its right edge: the colour map over the SUV
 * window with ticks at round SUVs and the unit. The transparent floor (CT shows through) is hatched.
 */
export function SuvColorBar({ viewportId }: { viewportId: string }) {
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
      title={`PET colour scale: ${def.label}, SUVbw ${lo}–${hi} (body-weight SUV, g/mL), PET opacity ${Math.round(opacity * 100)} %; transparent below ${formatTick(lo + TRANSPARENT_TO * (hi - lo), step / 10)}, full opacity from ${formatTick(lo + OPAQUE_FROM * (hi - lo), step / 10)} SUVbw`}
    >
      <div className="unit">SUV<sub>bw</sub></div>
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
