/** Worker id of a dynamic series (its phases, T10) and of the reference phase the DCE view is measured on. */
export const dynamicId = (sourceUID: string): string => `dce:${sourceUID}`;
export const viewVolumeId = (sourceUID: string): string => `dceview:${sourceUID}`;

/**
 * Series Instance UID of the DCE view of a dynamic series: `<source>.8002` when that fits in 64
 * characters, else `2.25.<64-bit FNV-1a hash of the source>` (a valid UID either way).
 */
export function dceViewUid(sourceUID: string): string {
  const suffixed = `${sourceUID}.8002`;
  if (suffixed.length <= 64) return suffixed;
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < sourceUID.length; i++) {
    h ^= BigInt(sourceUID.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `2.25.${(h | 2n).toString(10)}`;
}
