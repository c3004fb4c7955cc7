import { at } from './parseTimeline';
import type { CriteriaName, Timeline, TimelineLesion } from './types';
import { TimelineError } from './types';

type LesionField = 'longMm' | 'shortMm' | 'viableLongMm' | 'meanHu' | 'volumeMl' | 'sulPeak' | 'suvMax' | 'deauville';

/** A number ≥ 0 (meanHu may be negative: Hounsfield units go below zero). */
function check(value: unknown, field: string, where: string, allowNegative = false): void {
  if (value === undefined || value === null) throw new TimelineError(`${where}: ${field} missing`);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TimelineError(`${where}: ${field} is not a number (${JSON.stringify(value)})`);
  if (!allowNegative && value < 0) throw new TimelineError(`${where}: ${field} is negative (${value})`);
}

const sizeField = (l: TimelineLesion): LesionField => (l.nodal ? 'shortMm' : 'longMm');
const notGone = (l: TimelineLesion): boolean => l.status !== 'absent' && l.status !== 'not-evaluable';
const baseLesion = (l: TimelineLesion): boolean => l.role === 'target' || l.role === 'non-target';

/** The fields a lesion must carry under a criterion (contract table "Fields each criterion needs"). */
function lesionFields(criteria: CriteriaName, l: TimelineLesion, isBaseline: boolean): LesionField[] {
  const measuredTarget = l.role === 'target' && l.status === 'measured';
  switch (criteria) {
    case 'recist1.1':
      return measuredTarget ? [sizeField(l)] : [];
    case 'irecist':
      return measuredTarget || (l.role === 'new' && l.status === 'measured') ? [sizeField(l)] : [];
    case 'mrecist':
      return measuredTarget ? [l.nodal ? 'shortMm' : 'viableLongMm'] : [];
    case 'choi':
      return measuredTarget ? [sizeField(l), 'meanHu'] : [];
    case 'volumetric':
      return measuredTarget ? [sizeField(l), 'volumeMl'] : [];
    case 'percist1.0':
      return baseLesion(l) && notGone(l) ? ['sulPeak'] : [];
    case 'lugano': {
      if (!(baseLesion(l) && notGone(l))) return [];
      const needsSuv = isBaseline || (typeof l.deauville === 'number' && l.deauville >= 4);
      return needsSuv ? ['deauville', 'suvMax'] : ['deauville'];
    }
    case 'recip1.0':
      return [];
  }
}

/**
 * Checks that every lesion and timepoint carries what the criterion needs; missing, negative or
 * non-numeric values throw TimelineError naming the field, the lesion and the date.
 */
export function requireFields(timeline: Timeline, criteria: CriteriaName): void {
  timeline.timepoints.forEach((tp, i) => {
    if (criteria === 'percist1.0') {
      check(tp.liverSulMean, 'liverSulMean', at(tp.date, i));
      check(tp.liverSulSd, 'liverSulSd', at(tp.date, i));
    }
    if (criteria === 'recip1.0') check(tp.psmaTvMl, 'psmaTvMl', at(tp.date, i));
    for (const l of tp.lesions) {
      const where = at(tp.date, i, l.id);
      for (const f of lesionFields(criteria, l, i === 0)) {
        check(l[f], f, where, f === 'meanHu');
        if (f === 'deauville' && (!Number.isInteger(l.deauville) || (l.deauville as number) < 1 || (l.deauville as number) > 5)) {
          throw new TimelineError(`${where}: deauville must be an integer 1–5 (${l.deauville})`);
        }
      }
    }
  });
}
