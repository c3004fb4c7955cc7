import type { Timeline, TimelineLesion } from '@caliper/response';

/** A course of one target lesion per entry of `sums` (mm at each timepoint, null = gone), 56 days apart from 2025-01-06. */
export function courseOf(sums: readonly (number | null)[], organ = 'liver'): Timeline {
  return {
    timepoints: sums.map((s, t) => {
      const date = new Date(Date.UTC(2025, 0, 6 + 56 * t)).toISOString().slice(0, 10);
      const lesion: TimelineLesion = s === null ? { id: 'T1', role: 'target', organ, status: 'absent' } : { id: 'T1', role: 'target', organ, status: 'measured', longMm: s };
      return { date, lesions: [lesion] };
    }),
  };
}

/**
 * `n` synthetic patients as timeline documents (what `caliper response` reads): two targets and a
 * non-target each, 2–6 timepoints 56 days apart, trajectories from complete response to
 * progression in a fixed rotation (deterministic: the same `n` gives the same cohort).
 */
export function syntheticCohort(n: number): Timeline[] {
  const shapes = [0.5, 0.85, 1.1, 0.65, 1.3, 0.95, 0];
  return Array.from({ length: n }, (_, p) => {
    const end = shapes[p % shapes.length];
    const steps = 2 + (p % 5);
    return {
      timepoints: Array.from({ length: steps }, (_, t) => {
        const date = new Date(Date.UTC(2025, 0, 6 + 56 * t)).toISOString().slice(0, 10);
        const f = 1 + ((end - 1) * t) / (steps - 1);
        const size = (mm: number): Partial<TimelineLesion> => (f === 0 ? { status: 'absent' } : { status: 'measured', longMm: Math.round(mm * f * 10) / 10 });
        const lesions: TimelineLesion[] = [
          { id: 'T1', role: 'target', organ: 'liver', ...size(30 + (p % 11)) } as TimelineLesion,
          { id: 'T2', role: 'target', organ: 'lung', ...size(22 + (p % 7)) } as TimelineLesion,
          { id: 'NT1', role: 'non-target', organ: 'bone', status: f === 0 ? 'absent' : 'present' },
        ];
        return { date, lesions };
      }),
    };
  });
}
