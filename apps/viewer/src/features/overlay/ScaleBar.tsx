import { chooseScaleBar } from '../../viewports/navigation/scaleBar';

/** A round-length scale bar (mm), at most a fifth of the viewport's width. */
export function ScaleBar({ viewportId, mmPerPx, widthPx }: { viewportId: string; mmPerPx: number; widthPx: number }) {
  const bar = chooseScaleBar(mmPerPx, { maxPx: Math.min(160, widthPx / 5) });
  if (!bar) return null;
  return (
    <span className="scale-bar" data-testid={`scale-bar-${viewportId}`} data-mm={bar.lengthMm} title={`Scale bar: ${bar.label} at the current zoom`}>
      <span className="scale-bar-line" style={{ width: `${bar.lengthPx.toFixed(1)}px` }} />
      <span className="scale-bar-label">{bar.label}</span>
    </span>
  );
}
