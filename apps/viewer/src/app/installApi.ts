import { utilities, type Types } from '@cornerstonejs/core';
import { showFusion, showMpr, showStack, viewportById } from '../viewports/controller';
import { sample } from '../viewports/sample';
import { volumeIdOf } from '../viewports/volumes';
import { loadManifestStudies } from '../features/loading/sources/loadManifestStudies';
import { viewportsFor } from '../viewports/ids';
import { findFusionPartner } from './findFusionPartner';
import { listStudies, type CaliperApi, type CaliperDebug, type OpenOptions } from './api';
import { appStore } from './store';

declare global {
  interface Window {
    caliper: CaliperApi;
  }
}

let webglAvailable = true;

async function open(uid: string, options: OpenOptions = {}): Promise<void> {
  if (!webglAvailable) throw new Error('WebGL 2 is not available in this browser: images cannot be displayed');
  const { series } = appStore.getState();
  const s = series[uid];
  if (!s) throw new Error(`unknown series ${uid}`);
  const target = options.viewport ?? 0;
  if (target === 'mpr') return showMpr(s);
  if (target === 'fusion') {
    const partner = findFusionPartner(s, Object.values(series));
    if (!partner) throw new Error(`no PET/CT partner for series ${uid}`);
    const [ct, pet] = s.modality === 'PT' ? [partner, s] : [s, partner];
    return showFusion(ct, pet);
  }
  await showStack(s, target);
}

/** Installs `window.caliper`; `ready` resolves once Cornerstone is initialised and demos are listed. */
export function installApi(ready: Promise<void>, webgl: boolean): CaliperApi {
  webglAvailable = webgl;
  const extensions: Record<string, unknown> = {};
  const api = {
    version: 1 as const,
    ready,
    webgl,
    studies: listStudies,
    open,
    errors: () => [...appStore.getState().errors],
    debug: <CaliperDebug>{
      sample: (viewportId, x, y, opts) =>
        sample(viewportId, x, y, opts?.volumeSeriesUID ? volumeIdOf(opts.volumeSeriesUID) : undefined),
      worldToCanvas: (viewportId, lps) => {
        const vp = viewportById(viewportId);
        if (!vp) throw new Error(`no viewport ${viewportId}`);
        const p = vp.worldToCanvas([lps[0], lps[1], lps[2]] as Types.Point3);
        return [p[0], p[1]];
      },
      viewports: () => viewportsFor(appStore.getState().layout).map((v) => v.id),
      loadManifest: (url) => loadManifestStudies(url),
      setVoi: (viewportId, width, center) => {
        const vp = viewportById(viewportId) as Types.IStackViewport | undefined;
        vp?.setProperties({ voiRange: { lower: center - width / 2, upper: center + width / 2 } });
        vp?.render();
      },
      scroll: (viewportId, delta) => {
        const vp = viewportById(viewportId);
        if (vp) utilities.scroll(vp as unknown as Parameters<typeof utilities.scroll>[0], { delta });
      },
    },
    extend: (name: string, value: unknown) => {
      if (name in api && !(name in extensions)) throw new Error(`caliper.${name} is reserved`);
      extensions[name] = value;
      (api as Record<string, unknown>)[name] = value;
    },
  } satisfies Omit<CaliperApi, string> & Record<string, unknown>;
  window.caliper = api as unknown as CaliperApi;
  return window.caliper;
}
