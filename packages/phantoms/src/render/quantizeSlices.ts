import { ds } from '../dicom/elements';

export interface QuantizedSlices {
  /** Stored values, 0..maxStored. */
  readonly stored: Uint16Array;
  /** Per-slice RescaleSlope exactly as written (DS text); real value = stored × parseFloat(slope). */
  readonly slopes: readonly string[];
}

/**
 * Per-slice linear quantisation (PET style): slope_k = max_k / maxStored written as DS, then
 * stored = round(value / parseFloat(slope_k)). Intercept 0. Uses the parsed DS slope so readers
 * reproduce the values exactly.
 */
export function quantizeSlices(values: Float32Array, sliceSize: number, maxStored: number): QuantizedSlices {
  const slices = values.length / sliceSize;
  const stored = new Uint16Array(values.length);
  const slopes: string[] = [];
  for (let k = 0; k < slices; k++) {
    const off = k * sliceSize;
    let max = 0;
    for (let v = 0; v < sliceSize; v++) if (values[off + v] > max) max = values[off + v];
    const slopeText = ds(max > 0 ? max / maxStored : 1);
    let slope = parseFloat(slopeText);
    // DS rounding may push max/slope just above maxStored: nudge the slope up until it fits.
    let text = slopeText;
    while (Math.round(max / slope) > maxStored) {
      slope *= 1 + 1e-9;
      text = ds(slope);
      slope = parseFloat(text);
    }
    slopes.push(text);
    for (let v = 0; v < sliceSize; v++) stored[off + v] = Math.round(values[off + v] / slope);
  }
  return { stored, slopes };
}
