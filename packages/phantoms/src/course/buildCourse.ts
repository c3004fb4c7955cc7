import type { ManifestStudy, StudyTruth } from '../study/generateStudy';
import { PATIENT } from '../study/patient';
import { assessPercist } from './assessPercist';
import { assessRecist } from './assessRecist';
import { bestOverallPercist, bestOverallRecist } from './bestOverallResponse';
import { courseLesion } from './courseLesion';
import type { Course, CourseTimepoint } from './courseTypes';
import { sulPerSuvbw } from './leanBodyMass';

/** DICOM DA (YYYYMMDD) → ISO date (YYYY-MM-DD). */
export const isoDate = (da: string): string => `${da.slice(0, 4)}-${da.slice(4, 6)}-${da.slice(6, 8)}`;

/** SUL per SUVbw of the demo patient (Janmahasatian LBM from the header's weight, height and sex). */
export const demoSulPerSuvbw = (): number => sulPerSuvbw(PATIENT.weightKg, PATIENT.sizeM, PATIENT.sex === 'F' ? 'F' : 'M');

/**
 * The multi-timepoint course with its expected RECIST 1.1 and PERCIST 1.0 categories, derived from
 * the study truths (analytic RECIST axes, SULpeak and liver reference of the written PET voxels)
 * and the manifest (dates, UIDs); studies in timepoint order, baseline first.
 */
export function buildCourse(truths: readonly StudyTruth[], studies: readonly ManifestStudy[]): Course {
  const sul = demoSulPerSuvbw();
  const base: Omit<CourseTimepoint, 'recist' | 'percist'>[] = truths.map((t, i) => {
    const study = studies[i];
    const liver = t.pet.referenceRegions.find((r) => r.name.startsWith('liver'));
    if (!liver || study.studyInstanceUID !== t.studyInstanceUID) throw new Error(`buildCourse: ${t.timepoint.key} has no liver reference or its manifest study differs`);
    const t2 = study.series.find((s) => s.modality === 'MR' && s.seriesInstanceUID !== t.grids.mr.seriesInstanceUID);
    return {
      timepoint: t.timepoint.key,
      label: t.timepoint.label,
      date: isoDate(study.studyDate),
      dayFromBaseline: t.timepoint.dayFromBaseline,
      studyInstanceUIDs: [t.studyInstanceUID],
      seriesInstanceUIDs: { ct: t.grids.ct.seriesInstanceUID, pet: t.grids.pet.seriesInstanceUID, dwi: t.grids.mr.seriesInstanceUID, t2: t2?.seriesInstanceUID ?? '' },
      tracer: 'FDG',
      liverSulMean: liver.SUVmean_SUVbw * sul,
      liverSulSd: liver.SUVsd_SUVbw * sul,
      lesions: t.lesions.map((l) => courseLesion(l, sul)),
    };
  });
  const recist = assessRecist(base);
  const percist = assessPercist(base);
  const timepoints = base.map((tp, i) => ({ ...tp, recist: recist[i], percist: percist[i] }));
  const followUps = timepoints.slice(1);
  const scored = followUps.map((tp) => ({ response: tp.recist.response as 'CR' | 'PR' | 'SD' | 'PD', day: tp.dayFromBaseline }));
  const percistCategories = followUps.map((tp) => tp.percist.response as 'CMR' | 'PMR' | 'SMD' | 'PMD');
  return {
    timepoints,
    expected: { 'recist1.1': scored.map((s) => s.response), 'percist1.0': percistCategories },
    bestOverallResponse: {
      'recist1.1': bestOverallRecist(scored, { confirm: false, sdMinDays: 42, confirmDays: 28 }),
      'recist1.1 confirmed': bestOverallRecist(scored, { confirm: true, sdMinDays: 42, confirmDays: 28 }),
      'percist1.0': bestOverallPercist(percistCategories),
    },
  };
}
