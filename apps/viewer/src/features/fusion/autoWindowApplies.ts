/** What the auto window saw when it started, and what holds when its result is ready. */
export interface AutoWindowMoment {
  /** The PET series the fused display shows. */
  readonly petUID: string | undefined;
  /** The PET window (petRange) at that moment, compared by value. */
  readonly range: readonly [number, number];
}

/**
 * Whether a liver-based window computed from `started` may still be applied `now`: only when it is
 * the latest auto request, the display still fuses the same PET, and nobody changed the window
 * meanwhile (a 0–10 click or a W/L drag made while the liver was measured is the reader's choice).
 */
export function autoWindowApplies(started: AutoWindowMoment, now: AutoWindowMoment, latest: boolean): boolean {
  return latest && !!started.petUID && started.petUID === now.petUID && started.range[0] === now.range[0] && started.range[1] === now.range[1];
}
