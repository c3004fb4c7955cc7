import { describe, expect, it } from 'vitest';
import type { StudyTruth } from '../generateStudy';
import { recistCourse } from '../recistCourse';

type L = { id: string; recistRole: 'target' | 'target-node' | 'new'; long: number; short: number };
const study = (key: string, lesions: L[]): StudyTruth =>
  ({
    timepoint: { key },
    studyInstanceUID: key,
    lesions: lesions.map((l) => ({ id: l.id, recistRole: l.recistRole, recist: { longAxis_mm: l.long, shortAxis_mm: l.short } })),
  }) as unknown as StudyTruth;

describe('recistCourse (RECIST 1.1 target sums)', () => {
  it('sums long axes of targets and the short axis of nodes; PR at −30 %, PD on a new lesion', () => {
    const c = recistCourse([
      study('b', [{ id: 'A', recistRole: 'target', long: 40, short: 20 }, { id: 'N', recistRole: 'target-node', long: 30, short: 20 }]),
      study('f1', [{ id: 'A', recistRole: 'target', long: 22, short: 10 }, { id: 'N', recistRole: 'target-node', long: 20, short: 20 }]),
      study('f2', [{ id: 'A', recistRole: 'target', long: 22, short: 10 }, { id: 'N', recistRole: 'target-node', long: 20, short: 20 }, { id: 'X', recistRole: 'new', long: 5, short: 4 }]),
    ]);
    expect(c.map((x) => x.sumOfDiameters_mm)).toEqual([60, 42, 42]);
    expect(c[1].percentChangeFromBaseline).toBeCloseTo(-30, 12);
    expect(c.map((x) => x.response)).toEqual(['baseline', 'PR', 'PD']);
    expect(c[2].newLesions).toEqual(['X']);
  });

  it('PD on +20 % and +5 mm over the nadir; CR when targets vanish and nodes < 10 mm', () => {
    const c = recistCourse([
      study('b', [{ id: 'A', recistRole: 'target', long: 50, short: 20 }, { id: 'N', recistRole: 'target-node', long: 30, short: 15 }]),
      study('f1', [{ id: 'A', recistRole: 'target', long: 40, short: 20 }, { id: 'N', recistRole: 'target-node', long: 20, short: 10 }]),
      study('f2', [{ id: 'A', recistRole: 'target', long: 50, short: 20 }, { id: 'N', recistRole: 'target-node', long: 20, short: 10 }]),
      study('f3', [{ id: 'N', recistRole: 'target-node', long: 12, short: 9 }]),
    ]);
    expect(c.map((x) => x.sumOfDiameters_mm)).toEqual([65, 50, 60, 9]);
    expect(c.map((x) => x.response)).toEqual(['baseline', 'SD', 'PD', 'CR']);
  });
});
