import { cross, dot, type LpsDirection, type LpsPoint, type Vec3 } from './spaces';

export interface FitCameraOptions {
  /** Corners of the volume's bounding box (LPS mm); any points to keep in view. */
  readonly corners: readonly LpsPoint[];
  readonly focalPoint: LpsPoint;
  readonly viewUp: LpsDirection;
  readonly viewPlaneNormal: LpsDirection;
  /** Canvas size, CSS px. */
  readonly canvasWidthPx: number;
  readonly canvasHeightPx: number;
  /** Extra room around the extent, as a fraction; default 0.03. */
  readonly margin?: number;
}

export interface FittedCamera {
  /** The focal point moved in the view plane to the extent's centre (depth unchanged), LPS mm. */
  readonly focalPoint: LpsPoint;
  /** Half the visible height, mm (VTK's parallel scale). */
  readonly parallelScale: number;
}

/**
 * Camera that shows the whole extent of a volume in a viewport: parallelScale (half the visible
 * height, mm) is chosen so the projected extent fits both the height and — through the canvas
 * aspect ratio — the width, not only one of them.
 */
export function fitCamera(o: FitCameraOptions): FittedCamera {
  const right = cross(o.viewUp, o.viewPlaneNormal);
  const along = (d: Vec3) => {
    const v = o.corners.map((c) => dot(c, d));
    return [Math.min(...v), Math.max(...v)] as const;
  };
  const [r0, r1] = along(right);
  const [u0, u1] = along(o.viewUp);
  const aspect = o.canvasWidthPx / o.canvasHeightPx;
  const m = 1 + (o.margin ?? 0.03);
  const parallelScale = (Math.max(u1 - u0, (r1 - r0) / aspect) / 2) * m;
  const dr = (r0 + r1) / 2 - dot(o.focalPoint, right);
  const du = (u0 + u1) / 2 - dot(o.focalPoint, o.viewUp);
  const f = o.focalPoint;
  const focalPoint = [0, 1, 2].map((a) => f[a] + dr * right[a] + du * o.viewUp[a]) as unknown as LpsPoint;
  return { focalPoint, parallelScale };
}
