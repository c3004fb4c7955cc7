import { useApp } from '../../../app/store';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import { mapCssGradient, mapTicks } from './mapColormap';

/** Vertical colour bar beside the viewports while the active one shows a DCE map: its window, its unit. */
export function MapColorBar() {
  const uid = useApp((s) => s.assignments[s.activeViewport]?.seriesUID);
  const vol = uid ? derivedVolumeOfSeries(uid) : undefined;
  if (!vol?.unit || !vol.key.startsWith('dce:')) return null;
  const name = vol.imageType[3] ?? '';
  const ticks = mapTicks(vol.voi.lower, vol.voi.upper).reverse();
  return (
    <div className="dce-colorbar" data-testid="dce-colorbar" title={`${vol.seriesDescription}: colour scale from ${ticks.at(-1)} to ${ticks[0]} ${vol.unit} (0 to the 99th percentile of the fitted voxels); the cursor readout gives each voxel's value`}>
      <div className="unit">{vol.unit}</div>
      <div className="body">
        <div className="bar" style={{ background: mapCssGradient() }} />
        <div className="ticks">{ticks.map((t, q) => <span key={q}>{t}</span>)}</div>
      </div>
      <div className="name">{name}</div>
    </div>
  );
}
