let hopping = false;

/**
 * True while a hanging passes through a layout of its own (1×1, to re-enable a grid already on
 * screen): that change is not the reader's and does not end the hanging. Any other layout change,
 * even while a hanging's volumes are still loading, is the reader's.
 */
export const isHangingLayoutHop = (): boolean => hopping;

/** Runs a hanging's own layout change. */
export function hangingLayoutHop(change: () => void): void {
  hopping = true;
  try {
    change();
  } finally {
    hopping = false;
  }
}
