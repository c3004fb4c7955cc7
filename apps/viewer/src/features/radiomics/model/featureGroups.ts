import type { RadiomicsFeatureRecord } from '@caliper/report';

/** IBSI-1 families in the IBSI reference manual's order, with their display names. */
export const FAMILIES: readonly (readonly [string, string])[] = [
  ['morphology', 'Morphology'],
  ['local_intensity', 'Local intensity'],
  ['intensity_statistics', 'Intensity statistics'],
  ['intensity_histogram', 'Intensity histogram'],
  ['intensity_volume_histogram', 'Intensity-volume histogram'],
  ['GLCM', 'Grey level co-occurrence matrix (GLCM)'],
  ['GLRLM', 'Grey level run length matrix (GLRLM)'],
  ['GLSZM', 'Grey level size zone matrix (GLSZM)'],
  ['GLDZM', 'Grey level distance zone matrix (GLDZM)'],
  ['NGTDM', 'Neighbourhood grey tone difference matrix (NGTDM)'],
  ['NGLDM', 'Neighbouring grey level dependence matrix (NGLDM)'],
];

export const familyLabel = (family: string | undefined): string => FAMILIES.find(([f]) => f === family)?.[1] ?? family ?? 'Other';

export interface FeatureGroup {
  readonly family: string;
  readonly label: string;
  readonly features: readonly RadiomicsFeatureRecord[];
}

/**
 * Features grouped by family, families in IBSI order (unknown families last), features in their
 * given order (IBSI table order) within each; empty groups left out.
 */
export function groupFeatures(features: readonly RadiomicsFeatureRecord[]): FeatureGroup[] {
  const by = new Map<string, RadiomicsFeatureRecord[]>();
  for (const f of features) {
    const fam = f.family ?? 'other';
    let list = by.get(fam);
    if (!list) by.set(fam, (list = []));
    list.push(f);
  }
  const known = FAMILIES.map(([f]) => f);
  const order = [...known.filter((f) => by.has(f)), ...[...by.keys()].filter((f) => !known.includes(f))];
  return order.map((family) => ({ family, label: familyLabel(family), features: by.get(family)! }));
}

/**
 * Features matching a search: every whitespace-separated term must occur (case-insensitive) in the
 * feature's name, key (IBSI code and qualifier), family (key or display name) or aggregation.
 */
export function searchFeatures(features: readonly RadiomicsFeatureRecord[], query: string): RadiomicsFeatureRecord[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...features];
  return features.filter((f) => {
    const hay = [f.name, f.key, f.family ?? '', familyLabel(f.family), f.aggregation ?? ''].join(' ').toLowerCase();
    return terms.every((t) => hay.includes(t));
  });
}
