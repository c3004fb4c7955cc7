/** How the PET window and colour scale are labelled and which SUV controls apply, from the PET's display unit. */
export interface PetScale {
  /** The unit the PET voxels (and so the window) are in: SUVbw, or Bq/mL / raw when SUV is not computable. */
  readonly unit: string;
  /** SUVbw: the SUV presets (0–5, 0–10, 0–15), the liver-based auto window and the 1–30 slider apply. */
  readonly isSuv: boolean;
  /** Short label of the window in the overlay ("SUV" or the unit). */
  readonly windowLabel: string;
}

/**
 * The PET scale of a display unit. Cornerstone scales PET voxels to SUVbw only when the headers
 * allow it (weight, dose, times: QIBA/calculate-suv); otherwise they stay in the stored unit
 * (Units 0054,1001, e.g. BQML → Bq/mL), and an SUV label or an SUV window would be false.
 * Unknown unit (pane not drawn yet): SUVbw, the unit Caliper shows PET in whenever it can.
 */
export function petScaleOf(unit: string | undefined): PetScale {
  const u = unit ?? 'SUVbw';
  const isSuv = u === 'SUVbw';
  return { unit: u, isSuv, windowLabel: isSuv ? 'SUV' : u };
}
