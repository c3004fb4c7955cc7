import { deriveSeed } from './createRng';

/**
 * A deterministic DICOM UID under the UUID-derived root 2.25 (PS3.5 B.2): 2.25.<decimal of a
 * 128-bit value hashed from seed and label>. Same seed and label give the same UID.
 */
export function makeUid(seed: number, label: string): string {
  let value = 0n;
  for (let part = 0; part < 4; part++) {
    value = (value << 32n) | BigInt(deriveSeed(seed + part * 7919, `${label}#${part}`));
  }
  // A 2.25 UID's integer must not have a leading zero; 128-bit values fit the 64-char limit.
  return `2.25.${value === 0n ? 1n : value}`;
}
