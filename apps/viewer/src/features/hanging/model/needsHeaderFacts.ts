import type { HangingProtocol, SeriesRule } from './schema';

const asks = (r: SeriesRule | undefined) => !!r && (r.diffusion !== undefined || r.adc !== undefined);

/**
 * True when a protocol's rules look at b-values or ADC maps: deciding them reads every header of
 * the study's MR series and fits the ADC map, so protocols that do not ask are planned without.
 */
export function needsDiffusionFacts(p: HangingProtocol): boolean {
  return (p.match.series ?? []).some(asks) || p.viewports.some((v) => asks(v.series) || asks(v.overlay));
}
