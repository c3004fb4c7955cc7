import { appStore } from '../../app/store';
import type { SeriesEntry } from '../../app/types';
import { toApiSeries } from '../../app/api';
import { derivedVolumeOfSeries, installDerivedImages, registerDerivedVolume } from '../../viewports/derivedImages';
import { fitDiffusion, planDiffusion } from '../measure/service/adcVolume';
import { deriveAdcSeries, type DeriveAdcDeps } from './deriveAdcSeries';
import { diffusionFamily } from './diffusionFamily';

const deps: DeriveAdcDeps = {
  plan: planDiffusion,
  fit: fitDiffusion,
  register: registerDerivedVolume,
  addSeries: (e) => appStore.getState().addDerivedSeries(e),
  removeSeries: (uid) => appStore.getState().removeSeries(uid),
  addErrors: (errors) => appStore.getState().addErrors(errors),
};

const checked = new Set<string>();
const derived = new Map<string, Promise<SeriesEntry | null>>();

/**
 * The derived ADC map of an MR series (reads its headers once; lists and fits the map when the series
 * holds ≥ 2 b-values). Resolves to null for other series; never rejects (problems go to the errors panel).
 */
export function adcSeriesOf(seriesUID: string): Promise<SeriesEntry | null> {
  const { series } = appStore.getState();
  const s = series[seriesUID];
  if (!s || s.modality !== 'MR' || derivedVolumeOfSeries(seriesUID)) return Promise.resolve(null);
  // Stacks split from one DWI by b-value (local files, DICOMweb) share one map.
  const family = diffusionFamily(s, Object.values(series));
  let p = derived.get(family.seriesInstanceUID);
  if (!p) {
    p = deriveAdcSeries(family, deps);
    derived.set(family.seriesInstanceUID, p);
  }
  return p;
}

/** MR series shown in a viewport are looked at once: DWI → derived ADC map; headers parsed (stored ADC units). */
function checkShown(): void {
  const { assignments } = appStore.getState();
  for (const a of Object.values(assignments)) {
    for (const uid of [a?.seriesUID, a?.overlayUID]) {
      if (!uid || checked.has(uid)) continue;
      checked.add(uid);
      void adcSeriesOf(uid);
    }
  }
}

let registered = false;

/**
 * ADC maps as series: the `caliper-derived:` image loader, and a store listener that, when an MR
 * series is opened, parses its headers and (for a multi-b DWI) lists "ADC map (Caliper, …)" in
 * the study browser and fits it in the engine worker with progress. Idempotent.
 */
export function registerAdc(): void {
  if (registered) return;
  registered = true;
  installDerivedImages();
  appStore.subscribe((s, prev) => {
    if (s.assignments !== prev.assignments) checkShown();
  });
  checkShown();
  window.caliper?.extend?.('adcSeries', async (uid: string) => {
    const e = await adcSeriesOf(uid);
    return e ? toApiSeries(e) : null;
  });
}
