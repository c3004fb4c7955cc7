import type { FileError } from '@caliper/core';
import type { Instance } from '../model/instance';
import type { LoadResult } from '../model/series';
import { parseInstance } from '../parse/parseInstance';

/** Parse a batch of named byte arrays; one bad file becomes a FileError, the rest load. */
export function parseMany(items: Iterable<{ readonly name: string; readonly bytes: Uint8Array }>): LoadResult {
  const instances: Instance[] = [];
  const errors: FileError[] = [];
  for (const { name, bytes } of items) {
    const r = parseInstance(bytes, name);
    if (r.ok) instances.push(r.value);
    else errors.push(r.error);
  }
  return { instances, errors };
}

/** Concatenate load results. */
export function mergeResults(results: readonly LoadResult[]): LoadResult {
  return { instances: results.flatMap((r) => r.instances), errors: results.flatMap((r) => r.errors) };
}
