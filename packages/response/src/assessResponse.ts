import type { CriteriaName, ResponseOptions, ResponseResult, Timeline } from './types';
import { DEFAULT_OPTIONS } from './types';

/**
 * Applies one response criterion to a validated timeline (the first timepoint is the baseline).
 * Throws TimelineError (naming date and lesion) when the timeline lacks what the criterion needs.
 */
export function assessResponse(timeline: Timeline, criteria: CriteriaName, options: Partial<ResponseOptions> = {}): ResponseResult {
  void timeline;
  void criteria;
  void { ...DEFAULT_OPTIONS, ...options };
  throw new Error('assessResponse: being implemented');
}
