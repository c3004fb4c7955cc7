import type { Types } from '@cornerstonejs/core';
import type { PatientPoint } from '@caliper/core';
import type { PointSampler } from '@caliper/engine';

type ImageData = Types.IImageData;
type Viewport = {
  getImageData?: (id?: string) => ImageData | undefined;
  getActors?: () => { uid: string; referencedId?: string }[];
};

/** The image a planar measurement is drawn on: in a fused view the anatomy (not the PET), else the viewport's image. */
function imageOf(vp: Viewport): ImageData | undefined {
  const ids = vp.getActors?.().map((a) => a.referencedId ?? a.uid) ?? [];
  const all = ids.length > 1 ? ids.map((id) => vp.getImageData?.(id)).filter((d): d is ImageData => !!d) : [];
  return all.find((d) => d.metadata?.Modality !== 'PT') ?? vp.getImageData?.();
}

/** Nearest-voxel values of the viewport's image at patient points (NaN outside it), for engine functions. */
export function viewportSampler(viewport: unknown): PointSampler | null {
  const d = imageOf(viewport as Viewport);
  if (!d?.imageData) return null;
  const [ni, nj, nk] = d.dimensions;
  const vm = d.voxelManager as { getAtIJK?: (i: number, j: number, k: number) => unknown } | undefined;
  const scalars = vm?.getAtIJK ? null : d.scalarData;
  return (p: PatientPoint) => {
    const ijk = d.imageData.worldToIndex([p[0], p[1], p[2]]);
    const i = Math.round(ijk[0]), j = Math.round(ijk[1]), k = Math.round(ijk[2]);
    if (i < 0 || j < 0 || k < 0 || i >= ni || j >= nj || k >= nk) return NaN;
    const v = scalars ? scalars[i + ni * (j + nj * k)] : vm!.getAtIJK!(i, j, k);
    return typeof v === 'number' ? v : NaN;
  };
}

/** Diagonal of the viewport image's field of view, mm (the longest line that fits in it). */
export function fovDiagonalMm(viewport: unknown): number | undefined {
  const d = imageOf(viewport as Viewport);
  if (!d) return undefined;
  const ext = [0, 1, 2].map((a) => d.dimensions[a] * d.spacing[a]);
  return Math.hypot(ext[0], ext[1], ext[2]);
}
