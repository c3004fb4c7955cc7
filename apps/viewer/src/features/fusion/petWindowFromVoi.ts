/** A VOI change Cornerstone reports on a viewport (VOI_MODIFIED detail). */
export interface VoiChange {
  readonly volumeId?: string;
  readonly range?: { readonly lower: number; readonly upper: number };
}

/** The pane it happened on and the shared PET window. */
export interface PetPaneContext {
  /** Volume id of the PET shown in the fusion layout (undefined without one). */
  readonly petVolumeId: string | undefined;
  /** The pane shows the PET alone (one image layer) on a slice: not the fused pane, not the MIP. */
  readonly petAlone: boolean;
  /** The shared PET window (store `petRange`). */
  readonly current: readonly [number, number];
}

/**
 * The new shared PET window when the reader changed the window of a PET-alone pane (a W/L drag):
 * that pane's range, so the fused pane, the colour bar, the MIP and the SUV presets follow it.
 * Undefined for any other change — another volume, the fused pane, the MIP (whose upper end is twice
 * the window's), an empty range, or the window the store already holds (the echo of updateFusion).
 */
export function petWindowFromVoi(change: VoiChange, pane: PetPaneContext): [number, number] | undefined {
  const r = change.range;
  if (!pane.petVolumeId || change.volumeId !== pane.petVolumeId || !pane.petAlone || !r) return undefined;
  if (!Number.isFinite(r.lower) || !Number.isFinite(r.upper) || !(r.upper > r.lower)) return undefined;
  const [lo, hi] = pane.current;
  const tol = 1e-6 * Math.max(1, Math.abs(hi - lo));
  if (Math.abs(r.lower - lo) <= tol && Math.abs(r.upper - hi) <= tol) return undefined;
  return [r.lower, r.upper];
}
