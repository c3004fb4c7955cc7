import type { LesionTruth } from '../study/lesionTruth';
import type { CourseLesion } from './courseTypes';

/**
 * RECIST 1.1 organ of an anatomic site, for the "≤ 2 targets per organ" rule (Eisenhauer 2009
 * §4.2, as the RECIST committee applies it, Schwartz et al. 2016): both lungs are one organ, and
 * all lymph nodes together are one organ.
 */
export function recistOrgan(site: string): string {
  if (/lymph node/i.test(site)) return 'lymph node';
  if (/lung/i.test(site)) return 'lung';
  return site;
}

/**
 * A lesion of a study truth as a reader records it: RECIST axes from the analytic surface, SULpeak =
 * the IBSI 1 cm³ peak of the written PET voxels (SUVbw) × SUL per SUVbw, analytic volume, mean HU
 * of the written CT voxels.
 */
export function courseLesion(l: LesionTruth, sulPerSuvbw: number): CourseLesion {
  if (!l.recist) throw new Error(`courseLesion: ${l.id} has no RECIST truth`);
  const nodal = l.recistRole === 'target-node';
  return {
    id: l.id,
    role: l.recistRole === 'new' ? 'new' : 'target',
    organ: recistOrgan(l.organ),
    site: l.organ,
    nodal,
    status: 'measured',
    longMm: l.recist.longAxis_mm,
    shortMm: l.recist.shortAxis_mm,
    sulPeak: l.pet ? l.pet.SUVpeak_SUVbw * sulPerSuvbw : null,
    suvMax: l.pet ? l.pet.SUVmax_SUVbw : null,
    volumeMl: l.volumeAnalytic_mL,
    meanHu: l.ct.meanHU,
  };
}
