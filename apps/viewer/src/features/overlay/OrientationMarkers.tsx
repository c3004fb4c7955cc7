import type { ViewportInfo } from '../readout/readoutSlice';

const EDGES = ['top', 'bottom', 'left', 'right'] as const;

/** R/L/A/P/S/I letters at the middle of the four edges (computed from the camera in viewportInfo). */
export function OrientationMarkers({ viewportId, markers }: { viewportId: string; markers: NonNullable<ViewportInfo['markers']> }) {
  return (
    <>
      {EDGES.map((edge) => (
        <span key={edge} className={`orientation-marker om-${edge}`} data-testid={`marker-${edge}-${viewportId}`} data-edge={edge}>
          {markers[edge]}
        </span>
      ))}
    </>
  );
}
