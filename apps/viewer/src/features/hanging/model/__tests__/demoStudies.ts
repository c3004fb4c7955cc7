import type { SeriesFacts } from '../seriesFacts';
import type { StudyContext } from '../studyContext';

/** The series metadata of the demo patient's studies (public/demo, packages/phantoms), as the app reads it. */
const AXIAL = [1, 0, 0, 0, 1, 0] as const;

export function demoStudy(study: string): SeriesFacts[] {
  const base = { studyInstanceUID: study, bodyPart: 'CHEST', imageOrientationPatient: AXIAL, adc: false, derived: false, isVolume: true };
  return [
    { ...base, seriesInstanceUID: `${study}.2`, modality: 'CT', description: 'CT chest/abdomen 2.5 mm', seriesNumber: 2, instanceCount: 128 },
    { ...base, seriesInstanceUID: `${study}.3`, modality: 'PT', description: 'PET FDG AC (Bq/mL)', seriesNumber: 3, instanceCount: 64 },
    { ...base, seriesInstanceUID: `${study}.4`, modality: 'MR', description: 'DWI b=0,50,400,800', seriesNumber: 4, instanceCount: 96, bValues: [0, 50, 400, 800], isVolume: false },
    { ...base, seriesInstanceUID: `${study}.5`, modality: 'MR', description: 'T2 TSE axial', seriesNumber: 5, instanceCount: 24 },
    // Caliper's ADC map of the DWI (features/adc), listed once the DWI's headers are read.
    { ...base, seriesInstanceUID: `${study}.4.adc`, modality: 'MR', description: 'ADC map (Caliper, b=0,50,400,800)', seriesNumber: 4, instanceCount: 24, adc: true, derived: true },
  ];
}

export const only = (facts: SeriesFacts[], ...modalities: string[]) => facts.filter((s) => modalities.includes(s.modality));

export const ctx = (study: string, series: SeriesFacts[], prior?: { study: string; series: SeriesFacts[] }): StudyContext => ({
  studyInstanceUID: study,
  series,
  ...(prior ? { prior: { studyInstanceUID: prior.study, series: prior.series } } : {}),
});
