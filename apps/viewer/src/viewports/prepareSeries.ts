import { appStore } from '../app/store';
import type { SeriesEntry } from '../app/types';
import { prefetchPart10, prefetchedInstance } from './prefetch';
import { registerSuvScaling } from './suvRegistry';
import { loaderMode } from '../features/loading/pipeline/loaderMode';
import { pipelineCanLoad, seriesLoad } from '../features/loading/pipeline/seriesLoad';

/**
 * Makes every header of a series known before pixels decode (fetches static-hosted files once) and
 * registers PET SUV scaling. PET and MR headers are also parsed by packages/dicom: SUV factors, and
 * an MR ADC map's unit (Real World Value Mapping / ImageType ADC) and diffusion b-values, also when
 * the series is served through a static manifest. Returns the usable imageIds; failures go to the
 * errors panel.
 */
export async function prepareSeries(series: SeriesEntry): Promise<string[]> {
  // Caliper's pipeline reads the headers (and registers PET SUV factors) as it streams the series.
  if (loaderMode() === 'caliper' && pipelineCanLoad(series)) return seriesLoad(series).headersRegistered();
  const key = `headers:${series.seriesInstanceUID}`;
  const { setProgress, addErrors } = appStore.getState();
  const label = `${series.modality} ${series.seriesDescription}`;
  const failed = await prefetchPart10(
    series.imageIds,
    (done, total) => setProgress(key, { label: `Reading ${label}`, done, total }),
    series.modality === 'PT' || series.modality === 'MR',
  );
  setProgress(key, null);
  performance.mark(`caliper:headers:${series.seriesInstanceUID}`);
  if (failed.length) {
    addErrors(failed.map((f) => ({ source: f.imageId.replace(/^wadouri:/, ''), reason: `could not be read: ${f.reason}` })));
  }
  const ok = series.imageIds.filter((id) => !failed.some((f) => f.imageId === id));
  if (series.modality === 'PT') {
    const instances = ok.map(prefetchedInstance);
    if (instances.every((x) => x !== undefined)) {
      const why = registerSuvScaling(series.seriesInstanceUID, ok, instances);
      if (why) addErrors([{ source: `series ${series.seriesInstanceUID} (PET)`, reason: `SUV not computable, values shown unscaled: ${why}` }]);
    }
  }
  return ok;
}
