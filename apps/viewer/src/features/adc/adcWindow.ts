/**
 * Default displayed range of an ADC map in 10⁻³ mm²/s: 0–3 (free water at 37 °C is ≈ 3.0; restricted
 * tumour ≈ 0.6–1.0), the range body radiologists read ADC maps in.
 */
export const ADC_WINDOW = { lower: 0, upper: 3 } as const;
