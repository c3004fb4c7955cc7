import type { SeriesEntry } from '../../app/types';
import type { DerivedVolume } from '../../viewports/derivedImages';

/** Unit shown on a derived series row, and the tooltip naming how it was computed and from what. */
export function derivedNote(v: Pick<DerivedVolume, 'adc' | 'seriesDescription'> & Partial<Pick<DerivedVolume, 'unit'>>, parent: Pick<SeriesEntry, 'seriesDescription' | 'seriesNumber'> | undefined): { unit: string; title: string } {
  const from = parent ? `${parent.seriesDescription} (#${parent.seriesNumber ?? '—'})` : 'its diffusion series';
  if (v.adc) {
    return {
      unit: '10^-3 mm2/s',
      title: `Computed by Caliper from ${from}: apparent diffusion coefficient per voxel by log-linear least squares over all b-values (ln S = ln S0 − b·ADC), in 10⁻³ mm²/s; voxels with no signal are 0. Not a stored DICOM series.`,
    };
  }
  if (v.unit) {
    // A DCE parametric map (features/perfusion/maps): the description names the parameter and the fit.
    return { unit: v.unit, title: `Computed by Caliper from ${from}: ${v.seriesDescription}, one fit per voxel; values in ${v.unit}, voxels not fitted are 0. Not a stored DICOM series.` };
  }
  return { unit: '', title: `Computed by Caliper from ${from}. Not a stored DICOM series.` };
}
