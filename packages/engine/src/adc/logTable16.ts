let table: Float64Array | null = null;

/**
 * ln(s) for s = 0 … 65535 (ln 0 stored as NaN), built once (~1 ms, 512 KB). Lets integer-valued
 * DWI images (8/16-bit) be fitted with table lookups instead of logarithms.
 */
export function logTable16(): Float64Array {
  if (!table) {
    table = new Float64Array(65536);
    table[0] = NaN;
    for (let s = 1; s < 65536; s++) table[s] = Math.log(s);
  }
  return table;
}
