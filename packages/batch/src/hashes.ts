import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** sha256 hex of a string or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Hash of a batch configuration: the task and its options, with every option file (radiomics
 * settings, default ROI) replaced by the sha256 of its bytes so an edited file is a new config.
 * The Caliper version is not part of it (it is a provenance column instead).
 */
export function configHash(config: { task: string; options: Readonly<Record<string, unknown>>; files: Readonly<Record<string, string>> }): string {
  return sha256(canonicalJson(config)).slice(0, 16);
}

/** Hash of an item's inputs: (name, sha256 of bytes) pairs, order-independent. */
export function inputHash(parts: readonly { name: string; digest: string }[]): string {
  const sorted = [...parts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sha256(sorted.map((p) => `${p.name}\0${p.digest}`).join('\n'));
}
