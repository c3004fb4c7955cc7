import type { RoiShape } from '../model/shapes';
import { shapeFocus } from './annotationToShape';

/** The view a viewport id stands for, and which patient axis (LPS index) locates its plane. */
function planeOf(viewportId: string | undefined): { name: string; axis: 0 | 1 | 2 } {
  if (viewportId?.includes('sagittal')) return { name: 'Sagittal', axis: 0 };
  if (viewportId?.includes('coronal')) return { name: 'Coronal', axis: 1 };
  if (viewportId === 'fusion-mip') return { name: 'MIP', axis: 1 };
  if (viewportId?.startsWith('fusion-fused')) return { name: 'Fusion', axis: 2 };
  return { name: 'Axial', axis: 2 };
}

/**
 * A short location label: the view the ROI was drawn in and the patient coordinate (LPS mm) of the
 * ROI centre that locates that view's plane: x for sagittal, y for coronal, z for axial/fusion.
 */
export function describeLocation(shape: RoiShape, viewportId?: string): string {
  const f = shapeFocus(shape);
  const { name, axis } = planeOf(viewportId);
  return Number.isFinite(f[axis]) ? `${name} ${'xyz'[axis]} ${f[axis].toFixed(1)} mm` : name;
}
