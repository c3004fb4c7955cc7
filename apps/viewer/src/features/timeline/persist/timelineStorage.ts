import { z } from 'zod';
import { rigidTransformProblem } from '../align/rigidTransform';
import type { AlignmentRecord } from '../model/alignmentRecord';

const KEY = 'caliper.timeline';

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
const transform = z
  .object({ rotation: z.array(z.number()).length(9), translationMm: vec3 })
  .refine((t) => rigidTransformProblem(t) === undefined, { message: 'not a rigid transform' });
const record = z.object({
  priorStudyUID: z.string(),
  currentStudyUID: z.string(),
  priorSeriesUID: z.string(),
  currentSeriesUID: z.string(),
  priorFrameOfReferenceUID: z.string().optional(),
  currentFrameOfReferenceUID: z.string().optional(),
  transform,
  method: z.enum(['same-frame', 'series-centre', 'registration', 'landmark']),
  landmark: z.object({ priorMm: vec3, currentMm: vec3 }).optional(),
  warning: z.string().optional(),
  updatedAt: z.string(),
});

/** What the timeline keeps in this browser (version 1). */
export const timelineStateSchema = z.object({
  version: z.literal(1),
  baselines: z.record(z.string(), z.string()),
  excluded: z.record(z.string(), z.literal(true)),
  /** alignmentKey → the reader's alignment of a study pair. */
  alignments: z.record(z.string(), record),
});
export type StoredTimelineState = z.infer<typeof timelineStateSchema>;

export const EMPTY_STATE: StoredTimelineState = { version: 1, baselines: {}, excluded: {}, alignments: {} };

/** Parses stored JSON; anything invalid (corrupt, other version) gives the empty state and the reason. */
export function parseTimelineState(json: string | null): { state: StoredTimelineState; problem?: string } {
  if (!json) return { state: EMPTY_STATE };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { state: EMPTY_STATE, problem: 'saved timeline choices are not valid JSON: ignored' };
  }
  const r = timelineStateSchema.safeParse(raw);
  return r.success ? { state: r.data as StoredTimelineState } : { state: EMPTY_STATE, problem: `saved timeline choices are invalid and were ignored: ${r.error.issues[0]?.message ?? 'schema'}` };
}

export function readTimelineState(): { state: StoredTimelineState; problem?: string } {
  try {
    return parseTimelineState(localStorage.getItem(KEY));
  } catch {
    return { state: EMPTY_STATE };
  }
}

export function writeTimelineState(s: StoredTimelineState): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* storage disabled or full: the choices last for this session */
  }
}

/** Stored alignments as the app's records (validated above). */
export const storedAlignment = (s: StoredTimelineState, key: string): AlignmentRecord | undefined => s.alignments[key] as AlignmentRecord | undefined;
