import { useApp } from '../../app/store';
import { jetCssGradient } from './jetGradient';

/** PET opacity and SUV range for the fused view, with the SUV colour bar. */
export function FusionControls() {
  const layout = useApp((s) => s.layout);
  const opacity = useApp((s) => s.fusionOpacity);
  const range = useApp((s) => s.petRange);
  const setViewer = useApp((s) => s.setViewer);
  if (layout !== 'fusion') return null;
  return (
    <div className="fusion-controls" data-testid="fusion-controls">
      <label title="PET opacity over CT">
        PET opacity {Math.round(opacity * 100)}%
        <input type="range" min={0} max={1} step={0.05} value={opacity} onChange={(e) => setViewer({ fusionOpacity: Number(e.target.value) })} />
      </label>
      <label title="Upper end of the PET colour scale, SUVbw">
        SUV max {range[1]}
        <input type="range" min={1} max={20} step={0.5} value={range[1]} onChange={(e) => setViewer({ petRange: [range[0], Number(e.target.value)] })} />
      </label>
    </div>
  );
}

/** Vertical SUVbw colour bar drawn beside the fused viewport. */
export function SuvColorBar() {
  const range = useApp((s) => s.petRange);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => range[0] + f * (range[1] - range[0]));
  return (
    <div className="suv-colorbar" title="PET colour scale (SUVbw)" data-testid="suv-colorbar">
      <div className="bar" style={{ background: jetCssGradient() }} />
      <div className="ticks">
        {ticks.reverse().map((t) => (
          <span key={t}>{t.toFixed(1)}</span>
        ))}
      </div>
      <div className="unit">SUVbw</div>
    </div>
  );
}
