/**
 * Series Instance UID of the ADC map Caliper derives from a diffusion series: the same for the same
 * source, a valid UID (digits and dots, ≤ 64 characters, no leading zero in a component).
 * `<source>.8001` when that fits, else `2.25.<decimal of a 64-bit FNV-1a hash of the source>`.
 */
export function derivedAdcSeriesUid(sourceUid: string): string {
  const suffixed = `${sourceUid}.8001`;
  if (suffixed.length <= 64) return suffixed;
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < sourceUid.length; i++) {
    h ^= BigInt(sourceUid.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `2.25.${(h | 1n).toString(10)}`;
}
