import type { SeriesEntry } from '../../app/types';
import { derivedVolumeOfSeries } from '../../viewports/derivedImages';
import { adcMappingOf } from '../../viewports/sample';

/** Whether a series is an ADC map: Caliper's fit, or a stored scanner map (RWVM / ImageType ADC header). */
export function isAdcSeries(s: SeriesEntry | undefined): boolean {
  if (!s || s.modality !== 'MR') return false;
  return !!derivedVolumeOfSeries(s.seriesInstanceUID)?.adc || !!adcMappingOf(s.imageIds[0]);
}

/** Whether any viewport shows an ADC map (the W/L menu then offers the ADC preset). */
export function adcShown(assignments: Readonly<Record<number, { seriesUID?: string } | undefined>>, series: Readonly<Record<string, SeriesEntry>>): boolean {
  return Object.values(assignments).some((a) => isAdcSeries(a?.seriesUID ? series[a.seriesUID] : undefined));
}
