import type { TimepointValues } from '../model/longitudinalSchema';
import type { Lesion } from '../model/schema';

const value = (l: Lesion | undefined, name: string, unit: string): number | undefined => l?.measurements.find((m) => m.name === name && m.unit === unit)?.value;

/**
 * The timepoint's reference values measured on its reference ROIs: PERCIST liver SULmean / SULSD
 * (SUL), Lugano mediastinal blood pool SUVmax (SUVbw). Values the reader typed into the reading's
 * `timepointValues` take precedence (the caller spreads them over these).
 */
export function referenceValuesOf(lesions: readonly Lesion[]): TimepointValues {
  const liver = lesions.find((l) => l.referenceRegion === 'liver');
  const mediastinum = lesions.find((l) => l.referenceRegion === 'mediastinum');
  const out: TimepointValues = {};
  const mean = value(liver, 'SULmean', 'SUL'), sd = value(liver, 'SULSD', 'SUL'), max = value(mediastinum, 'SUVmax', 'SUVbw');
  if (mean !== undefined) out.liverSulMean = mean;
  if (sd !== undefined) out.liverSulSd = sd;
  if (max !== undefined) out.mediastinumSuvMax = max;
  return out;
}
