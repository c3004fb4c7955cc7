import { adcDisplayRange, type AdcDisplayMapping } from '../../viewports/adcDisplay';
import { ADC_WINDOW } from './adcWindow';

/**
 * Displayed range for an ADC map that carries no window of its own (no WindowCenter/Width tags):
 * ADC_WINDOW (0–3 ×10⁻³ mm²/s) in the map's displayed unit (0–3000 for a scanner map in µm²/s).
 * Undefined for non-ADC images and for maps whose header sets a window (the scanner's choice wins).
 */
export function adcDefaultRange(mapping: AdcDisplayMapping | undefined, hasWindowTags: boolean): { lower: number; upper: number } | undefined {
  if (!mapping || hasWindowTags) return undefined;
  return adcDisplayRange(mapping, ADC_WINDOW.lower, ADC_WINDOW.upper);
}

/** Whether a voiLutModule (Cornerstone metadata) holds a window: a finite centre and a positive width. */
export function hasWindow(voi: { windowCenter?: number | readonly number[]; windowWidth?: number | readonly number[] } | undefined): boolean {
  const first = (v: number | readonly number[] | undefined) => (Array.isArray(v) ? (v as readonly number[])[0] : (v as number | undefined));
  const c = first(voi?.windowCenter), w = first(voi?.windowWidth);
  return c !== undefined && Number.isFinite(c) && w !== undefined && Number.isFinite(w) && w > 0;
}
