/**
 * DICOM Window Center/Width (PS3.3 C.11.2.1.2, LINEAR) that display exactly [lower, upper]:
 * LINEAR maps c − 0.5 − (w − 1)/2 … c − 0.5 + (w − 1)/2, so w = upper − lower + 1 and
 * c = (lower + upper + 1)/2 (Cornerstone's `windowLevel.toWindowLevel`). Needed for float images
 * (e.g. ADC in 10⁻³ mm²/s, range 0–3) where the ±0.5/−1 terms are not negligible; LINEAR_EXACT would
 * avoid them, but Cornerstone 5.14's default volume VOI drops the VOI LUT function.
 */
export function windowForRange(lower: number, upper: number): { center: number; width: number } {
  return { center: (lower + upper + 1) / 2, width: upper - lower + 1 };
}
