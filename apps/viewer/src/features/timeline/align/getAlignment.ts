import type { AlignmentMethod, RigidTransform, SeriesGeometry } from './types';
import { initialAlignment } from './initialAlignment';

export interface ComputedAlignment {
  readonly transform: RigidTransform;
  readonly method: AlignmentMethod;
}

/**
 * Computes the rigid transform current LPS → prior LPS of two displayed series. The default
 * uses the frame of reference or the series' centres (initialAlignment); image registration in the
 * engine worker plugs in with `setAlignmentProvider` (it should return method 'registration', and
 * may start from `initialAlignment(prior, current)`).
 */
export type AlignmentProvider = (prior: SeriesGeometry, current: SeriesGeometry) => Promise<ComputedAlignment>;

const defaultProvider: AlignmentProvider = async (prior, current) => initialAlignment(prior, current);

let provider: AlignmentProvider = defaultProvider;

/** Replaces the alignment computation (e.g. with the worker's rigid registration); `undefined` restores the default. */
export function setAlignmentProvider(p: AlignmentProvider | undefined): void {
  provider = p ?? defaultProvider;
}

/**
 * The alignment of a current series onto a prior one. Series sharing a frame of reference never go
 * to the provider: their coordinates already agree. A failing provider falls back to the initial
 * alignment, with the reason, so the comparison still opens.
 */
export async function getAlignment(prior: SeriesGeometry, current: SeriesGeometry): Promise<ComputedAlignment & { warning?: string }> {
  const initial = initialAlignment(prior, current);
  if (initial.method === 'same-frame') return initial;
  try {
    return await provider(prior, current);
  } catch (e) {
    return { ...initial, warning: `alignment failed, series centres used: ${e instanceof Error ? e.message : String(e)}` };
  }
}
