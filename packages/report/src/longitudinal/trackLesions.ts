import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { TimepointSource } from './timepointSource';

interface Identity {
  readonly id: string;
  readonly trackingIdentifier?: string;
}

/**
 * The timeline id of every lesion at every timepoint (ids[t][j] for timepoints[t].lesions[j]): the
 * same lesion is the same Tracking Unique Identifier (PS3.16 TID 1501 row 3) at every timepoint;
 * a lesion whose UID is unknown so far joins, as a fallback, a not yet matched lesion of the same
 * Tracking Identifier (other tools may mint new UIDs per report). The id is the tracking label
 * where the lesion is first seen (else its name, else its UID), made unique.
 */
export function trackLesions(timepoints: readonly TimepointSource[]): Result<string[][]> {
  const byUid = new Map<string, Identity>();
  const identities: Identity[] = [];
  const out: string[][] = [];
  for (const tp of timepoints) {
    const matched: (Identity | undefined)[] = tp.lesions.map((l) => byUid.get(l.trackingUid));
    const used = new Set<Identity>();
    for (const [j, ident] of matched.entries()) {
      if (ident === undefined) continue;
      if (used.has(ident)) return err(`${tp.label}: two lesions ("${tp.lesions[matched.indexOf(ident)].name}", "${tp.lesions[j].name}") share the Tracking Unique Identifier ${tp.lesions[j].trackingUid}`);
      used.add(ident);
    }
    for (const [j, l] of tp.lesions.entries()) {
      if (matched[j] !== undefined) continue;
      const first = tp.lesions.findIndex((o) => o.trackingUid === l.trackingUid);
      if (first !== j) return err(`${tp.label}: two lesions ("${tp.lesions[first].name}", "${l.name}") share the Tracking Unique Identifier ${l.trackingUid}`);
      let ident = l.trackingIdentifier === undefined ? undefined : identities.find((i) => i.trackingIdentifier === l.trackingIdentifier && !used.has(i));
      if (ident === undefined) {
        ident = { id: uniqueId(l.trackingIdentifier ?? (l.name !== '' ? l.name : l.trackingUid), identities), ...(l.trackingIdentifier !== undefined ? { trackingIdentifier: l.trackingIdentifier } : {}) };
        identities.push(ident);
      }
      used.add(ident);
      byUid.set(l.trackingUid, ident);
      matched[j] = ident;
    }
    out.push(matched.map((i) => i!.id));
  }
  return ok(out);
}

function uniqueId(base: string, identities: readonly Identity[]): string {
  const taken = new Set(identities.map((i) => i.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n++;
  return `${base} (${n})`;
}
