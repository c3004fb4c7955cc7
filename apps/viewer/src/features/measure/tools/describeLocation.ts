import type { RoiShape } from '../model/shapes';
import { shapeFocus } from './annotationToShape';

/** A short location label: the viewport's plane and the patient z of the ROI centre (mm). */
export function describeLocation(shape: RoiShape, viewportId?: string): string {
  const f = shapeFocus(shape);
  const plane = viewportId?.includes('sagittal') ? 'Sagittal' : viewportId?.includes('coronal') ? 'Coronal' : viewportId?.startsWith('fusion') ? 'Fusion' : 'Axial';
  return Number.isFinite(f[2]) ? `${plane} z ${f[2].toFixed(1)} mm` : plane;
}
