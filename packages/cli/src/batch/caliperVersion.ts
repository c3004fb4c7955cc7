import { readFileSync } from 'node:fs';

/** The Caliper version (root package.json), a provenance column of every table row. */
export function caliperVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}
