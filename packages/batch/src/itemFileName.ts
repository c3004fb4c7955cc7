import { createHash } from 'node:crypto';

/**
 * A file-system-safe, collision-free base name for an item key: the key with every character
 * outside [A-Za-z0-9._-] replaced by `_` (at most 80 of them), then `-` and 8 hex of sha256(key).
 */
export function itemFileName(key: string): string {
  const slug = key.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_').slice(0, 80);
  return `${slug}-${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 8)}`;
}
