import type { LayoutId } from '../app/types';

export const ENGINE_ID = 'caliper-engine';
export const STACK_GROUP = 'caliper-stack';
export const VOLUME_GROUP = 'caliper-volume';
export const MIP_GROUP = 'caliper-mip';

export type ViewKind = 'stack' | 'axial' | 'sagittal' | 'coronal' | 'fusion' | 'mip';

export interface ViewportSpec {
  readonly id: string;
  readonly kind: ViewKind;
  readonly label: string;
  /** Plane of a 'fusion' pane (default axial): PET/CT fusion in any MPR orientation. */
  readonly orientation?: 'axial' | 'sagittal' | 'coronal';
  /** In a PET/CT display, the series a slice pane shows alone (default 'ct'; 'pet' is inverted grey). */
  readonly layer?: 'ct' | 'pet';
}

/** The viewports each layout shows, in grid order. */
export function viewportsFor(layout: LayoutId): readonly ViewportSpec[] {
  switch (layout) {
    case '1x1':
      return [{ id: 'vp-0', kind: 'stack', label: 'Viewport 1' }];
    case '1x2':
      return [0, 1].map((i) => ({ id: `vp-${i}`, kind: 'stack' as const, label: `Viewport ${i + 1}` }));
    case '1x3':
      return [0, 1, 2].map((i) => ({ id: `vp-${i}`, kind: 'stack' as const, label: `Viewport ${i + 1}` }));
    case '2x2':
      return [0, 1, 2, 3].map((i) => ({ id: `vp-${i}`, kind: 'stack' as const, label: `Viewport ${i + 1}` }));
    case 'mpr':
      return [
        { id: 'mpr-axial', kind: 'axial', label: 'Axial' },
        { id: 'mpr-sagittal', kind: 'sagittal', label: 'Sagittal' },
        { id: 'mpr-coronal', kind: 'coronal', label: 'Coronal' },
      ];
    case 'fusion':
      return [
        { id: 'fusion-ct', kind: 'axial', label: 'CT' },
        { id: 'fusion-fused', kind: 'fusion', label: 'PET/CT fusion' },
        { id: 'fusion-pet', kind: 'axial', label: 'PET', layer: 'pet' },
        { id: 'fusion-mip', kind: 'mip', label: 'PET MIP' },
      ];
    case 'compare':
      return [
        { id: 'cmp-prior', kind: 'stack', label: 'Prior' },
        { id: 'cmp-current', kind: 'stack', label: 'Current' },
      ];
  }
}
