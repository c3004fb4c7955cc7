import type { SeriesRule } from './schema';
import type { SeriesFacts } from './seriesFacts';
import { orientationOf } from '../../timeline/model/orientationOf';

const test = (pattern: string | undefined, value: string | undefined) => pattern === undefined || new RegExp(pattern, 'i').test(value ?? '');

/** True when a series meets every field of a rule (absent fields accept anything). */
export function matchesSeriesRule(rule: SeriesRule, s: SeriesFacts): boolean {
  if (rule.modality !== undefined && rule.modality.toUpperCase() !== s.modality.toUpperCase()) return false;
  if (!test(rule.description, s.description) || !test(rule.bodyPart, s.bodyPart)) return false;
  if (rule.orientation !== undefined && rule.orientation !== orientationOf(s.imageOrientationPatient)) return false;
  if (rule.diffusion !== undefined && rule.diffusion !== (s.bValues !== undefined && s.bValues.length >= 2)) return false;
  if (rule.dynamic !== undefined && (typeof rule.dynamic === 'boolean' ? rule.dynamic !== (s.dynamic !== undefined) : rule.dynamic !== s.dynamic)) return false;
  if (rule.adc !== undefined && rule.adc !== s.adc) return false;
  if (rule.derived !== undefined && rule.derived !== s.derived) return false;
  if (rule.minImages !== undefined && s.instanceCount < rule.minImages) return false;
  return true;
}
