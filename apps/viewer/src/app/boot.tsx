import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installApi } from './installApi';
import { appStore } from './store';
import { guardLoaderRejections } from './guardLoaderRejections';
import { applySecurityPolicy } from './securityPolicy';
import { hasWebGL2 } from '../viewports/webgl';
import { initCornerstone } from '../viewports/initCornerstone';
import { loadManifestStudies } from '../features/loading/sources/loadManifestStudies';
import { queueThumbnail } from '../features/browser/thumbnails';
import './styles.css';

/** Registers the lazily loaded features (sidebar panels, Cornerstone listeners, window.caliper entries). */
async function loadFeatures(): Promise<void> {
  const [timeline, measure, response, persistence, adc, burden, presentation, cohort, radiomics] = await Promise.all([
    import('../features/timeline/registerTimeline'),
    import('../features/measure/register'),
    import('../features/response/register'),
    import('../features/persistence/register'),
    import('../features/adc/registerAdc'),
    import('../features/burden/register'),
    import('../features/presentation/register'),
    import('../features/cohort/register'),
    import('../features/radiomics/register'),
  ]);
  // Decoded-volume cache budget (LRU): `caliper.cache`.
  (await import('../features/loading/cache/registerCache')).registerCache();
  // Hanging protocols (the site's JSON, zod): a lazy chunk too; `ready` waits for the file.
  await import('../features/hanging/registerHanging').then((m) => m.registerHanging());
  // First: its panel (the patient's studies over time) heads the feature panels.
  timeline.registerTimeline();
  measure.registerMeasure();
  // IBSI radiomics of the selected lesion, under the measure panel (`Q`, `caliper.radiomics`).
  radiomics.registerRadiomics();
  // The patient's course under a response criterion (tracked lesions across the timeline).
  response.registerResponse();
  persistence.registerPersistence();
  // Derived series (Caliper's ADC maps of opened DWI series).
  adc.registerAdc();
  burden.registerBurden();
  // Tumour-board presentation mode over the viewports (`V`, `caliper.board`).
  presentation.registerPresentation();
  // Cohort view (trial arm: waterfall, swimmer, ORR/DCR of several patients; `G`, `caliper.cohort`).
  cohort.registerCohort();
  // DCE parametric maps (issue 15): panel, colour bar, `caliper.dceMaps`.
  await import('../features/perfusion/maps/registerMaps').then((m) => m.registerMaps());
  // DCE view, live ROI curves and fits (issue 15): panel, `<` `>` `/` keys, `caliper.dce`.
  await import('../features/perfusion/registerDce').then((m) => m.registerDce());
}

/**
 * Resolves once a service worker controls the page (the offline demo caches what is fetched after
 * that), at once when there is none to wait for, or after 20 s.
 */
function whenServiceWorkerControls(): Promise<void> {
  const sw = navigator.serviceWorker;
  if (!sw || sw.controller) return Promise.resolve();
  return Promise.race([
    sw.getRegistration().then((reg) => (reg ? new Promise<void>((resolve) => sw.addEventListener('controllerchange', () => resolve(), { once: true })) : undefined)),
    new Promise<void>((resolve) => setTimeout(resolve, 20_000)),
  ]);
}

/** Starts the viewer: Cornerstone (when WebGL2 exists), the demo list, the UI, `window.caliper`. */
export function boot(rootEl: HTMLElement): void {
  applySecurityPolicy();
  guardLoaderRejections();
  const webgl = hasWebGL2();
  const root = createRoot(rootEl);
  const render = () => root.render(<App webgl={webgl} />);
  const startUpError = (e: unknown) =>
    appStore.getState().addErrors([{ source: 'start-up', reason: e instanceof Error ? e.message : String(e) }]);
  const core = (async () => {
    if (webgl) await initCornerstone();
    // `?bench`: the load benchmark lists only its own study.
    if (!new URLSearchParams(location.search).has('bench')) await loadManifestStudies('./demo/manifest.json', false);
  })().catch(startUpError);
  // Measure and persistence (dcmjs, zod, SR/SEG) are lazy chunks, out of the start-up bundle, fetched
  // once Cornerstone is initialised (or failed) so they never compete with it. `ready` waits for them:
  // window.caliper.measure/grow/lesions/clearLesions/exportDicom/saveToPacs/reading exist after it.
  const features = (async () => {
    if (webgl) await initCornerstone().catch(() => undefined);
    await loadFeatures();
    render();
  })().catch(startUpError);
  const ready = Promise.all([core, features]).then(() => void performance.mark('caliper:ready'));
  installApi(ready, webgl);
  // `?bench` (load benchmark): no background thumbnail work.
  if (webgl && !new URLSearchParams(location.search).has('bench')) {
    // Thumbnails after start-up, one at a time, so they never compete with the first image; and only
    // once the offline service worker controls the page, so the images they fetch are cached too.
    void ready.then(whenServiceWorkerControls).then(() => {
      const queueAll = () => Object.keys(appStore.getState().series).forEach(queueThumbnail);
      setTimeout(queueAll, 1500);
      appStore.subscribe((s, prev) => {
        if (s.series !== prev.series) setTimeout(queueAll, 500);
      });
    });
  }
  render();
}
