/** What the layout needs from each slice header (in the series' listed order). */
export interface SliceHeader {
  readonly rows: number;
  readonly columns: number;
  /** ImagePositionPatient, LPS mm. */
  readonly position?: readonly [number, number, number];
  /** ImageOrientationPatient (row cosines, column cosines). */
  readonly orientation?: readonly number[];
  /** PixelSpacing [row spacing, column spacing] mm. */
  readonly pixelSpacing?: readonly [number, number];
}

/** Cornerstone3D volume geometry (direction row-major: row, column, normal). */
export interface VolumeLayout {
  /** order[k] = listed index of the slice stored at volume slice k. */
  readonly order: readonly number[];
  readonly dimensions: [number, number, number];
  readonly spacing: [number, number, number];
  readonly origin: [number, number, number];
  readonly direction: [number, number, number, number, number, number, number, number, number];
}

const sub = (a: readonly number[], b: readonly number[]) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: readonly number[], b: readonly number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * Volume geometry of a listed series from its headers, laid out exactly as Cornerstone3D's
 * streaming loader lays out wadouri imageIds (so both loaders give the same volume): the listed
 * order, reversed when the first slice lies ahead of the middle one along the normal
 * (row × column); origin = position of volume slice 0; z spacing = distance first → last / (n − 1)
 * (SpacingBetweenSlices geometry, 1 mm for one slice). Listing order must already be geometric
 * (manifests, groupSeries). Returns a reason when the headers lack geometry.
 */
export function volumeLayout(headers: readonly SliceHeader[]): VolumeLayout | string {
  const n = headers.length;
  if (!n) return 'no slices';
  const first = headers[0];
  const iop = first.orientation;
  if (!iop || iop.length < 6 || !first.pixelSpacing) return 'missing geometry: no ImageOrientationPatient or PixelSpacing';
  if (headers.some((h) => !h.position)) return 'missing geometry: a slice has no ImagePositionPatient';
  if (headers.some((h) => h.rows !== first.rows || h.columns !== first.columns)) return 'slices differ in size';
  const row = [iop[0], iop[1], iop[2]];
  const col = [iop[3], iop[4], iop[5]];
  const normal = [row[1] * col[2] - row[2] * col[1], row[2] * col[0] - row[0] * col[2], row[0] * col[1] - row[1] * col[0]];
  const order = headers.map((_, i) => i);
  const mid = headers[Math.floor(n / 2)].position!;
  if (dot(sub(first.position!, mid), normal) > 0) order.reverse();
  const p0 = headers[order[0]].position!;
  const pn = headers[order[n - 1]].position!;
  const dz = n > 1 ? Math.hypot(...sub(pn, p0)) / (n - 1) : 1;
  return {
    order,
    dimensions: [first.columns, first.rows, n],
    spacing: [first.pixelSpacing[1], first.pixelSpacing[0], dz > 0 ? dz : 1],
    origin: [p0[0], p0[1], p0[2]],
    direction: [row[0], row[1], row[2], col[0], col[1], col[2], normal[0], normal[1], normal[2]],
  };
}
