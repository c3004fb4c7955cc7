import type { LayoutId } from '../../app/types';

/**
 * The viewport (grid index) that carries the patient block: the pane drawn top-left, so the
 * block appears once per layout. The fusion grid places its fused view (index 1) in the left
 * column spanning both rows (styles.css), every other layout starts with index 0.
 */
export function patientBlockSlot(layout: LayoutId): number {
  return layout === 'fusion' ? 1 : 0;
}
