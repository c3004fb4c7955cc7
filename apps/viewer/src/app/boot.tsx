import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installApi } from './installApi';
import { registerMeasure } from '../features/measure/register';
import { registerPersistence } from '../features/persistence/register';
import { appStore } from './store';
import { guardLoaderRejections } from './guardLoaderRejections';
import { hasWebGL2 } from '../viewports/webgl';
import { initCornerstone } from '../viewports/initCornerstone';
import { loadManifestStudies } from '../features/loading/sources/loadManifestStudies';
import { queueThumbnail } from '../features/browser/thumbnails';
import './styles.css';

/** Starts the viewer: Cornerstone (when WebGL2 exists), the demo list, the UI, `window.caliper`. */
export function boot(root: HTMLElement): void {
  guardLoaderRejections();
  const webgl = hasWebGL2();
  const ready = (async () => {
    try {
      if (webgl) await initCornerstone();
      // `?bench`: the load benchmark lists only its own study.
      if (!new URLSearchParams(location.search).has('bench')) await loadManifestStudies('./demo/manifest.json', false);
      performance.mark('caliper:ready');
    } catch (e) {
      appStore.getState().addErrors([{ source: 'start-up', reason: e instanceof Error ? e.message : String(e) }]);
    }
  })();
  installApi(ready, webgl);
  registerMeasure();
  registerPersistence();
  // `?bench` (load benchmark): no background thumbnail work.
  if (webgl && !new URLSearchParams(location.search).has('bench')) {
    // Thumbnails after start-up, one at a time, so they never compete with the first image.
    void ready.then(() => {
      const queueAll = () => Object.keys(appStore.getState().series).forEach(queueThumbnail);
      setTimeout(queueAll, 1500);
      appStore.subscribe((s, prev) => {
        if (s.series !== prev.series) setTimeout(queueAll, 500);
      });
    });
  }
  createRoot(root).render(<App webgl={webgl} />);
}
