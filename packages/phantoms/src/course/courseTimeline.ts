import type { Course, ResponseTimeline } from './courseTypes';

const round = (x: number, decimals: number): number => Number(x.toFixed(decimals));

/**
 * The course as the input of `caliper response` (packages/response/src/types.ts `Timeline`), with
 * values rounded as a reader records them: mm and HU to 0.1, SUL, SUVbw and mL to 0.01.
 */
export function courseTimeline(course: Course): ResponseTimeline {
  return {
    timepoints: course.timepoints.map((tp) => ({
      date: tp.date,
      liverSulMean: round(tp.liverSulMean, 2),
      liverSulSd: round(tp.liverSulSd, 2),
      tracer: tp.tracer,
      lesions: tp.lesions.map((l) => ({
        id: l.id,
        role: l.role,
        organ: l.organ,
        nodal: l.nodal,
        status: l.status,
        longMm: round(l.longMm, 1),
        shortMm: round(l.shortMm, 1),
        ...(l.sulPeak === null ? {} : { sulPeak: round(l.sulPeak, 2) }),
        ...(l.suvMax === null ? {} : { suvMax: round(l.suvMax, 2) }),
        volumeMl: round(l.volumeMl, 2),
        meanHu: round(l.meanHu, 1),
      })),
    })),
  };
}
