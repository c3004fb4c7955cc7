import type { HangingProtocol, SeriesRule } from './schema';

/** Which facts read from every header a protocol's rules ask about. */
export interface HeaderFacts {
  /** b-values and ADC maps (MR series). */
  readonly diffusion: boolean;
  /** Modalities (upper case) whose series must be checked for phases (dynamic rules; MR and CT when a rule names none). */
  readonly dynamic: readonly string[];
}

const rulesOf = (p: HangingProtocol): SeriesRule[] => [...(p.match.series ?? []), ...p.viewports.flatMap((v) => [v.series, ...(v.overlay ? [v.overlay] : [])])];

/**
 * What a protocol's rules need from all the headers of a study's series: b-values / ADC maps
 * (reads every MR header and fits the ADC map of a DWI) and dynamic series (reads every header of
 * the named modality's series). Protocols that ask nothing of these are planned without reading them.
 */
export function headerFactsOf(p: HangingProtocol): HeaderFacts {
  const rules = rulesOf(p);
  const dynamic = new Set<string>();
  for (const r of rules) if (r.dynamic !== undefined) for (const m of r.modality ? [r.modality.toUpperCase()] : ['MR', 'CT']) dynamic.add(m);
  return { diffusion: rules.some((r) => r.diffusion !== undefined || r.adc !== undefined), dynamic: [...dynamic].sort() };
}

/** True when a protocol's rules ask about b-values, ADC maps or dynamic series. */
export function needsHeaderFacts(p: HangingProtocol): boolean {
  const f = headerFactsOf(p);
  return f.diffusion || f.dynamic.length > 0;
}
