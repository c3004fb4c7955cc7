import { cache, metaData, utilities, type Types } from '@cornerstonejs/core';
import { showFusion, showMpr, showStack, viewportById } from '../viewports/controller';
import { sample } from '../viewports/sample';
import { volumeIdOf } from '../viewports/volumes';
import { loadManifestStudies } from '../features/loading/sources/loadManifestStudies';
import { openDicomWebStudy } from '../features/loading/sources/loadDicomWeb';
import { viewportsFor } from '../viewports/ids';
import { fusionPairOf } from './fusionPairOf';
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
  // docs/api.md: without a viewport the series opens in the active one (showStack's default).
  const target = options.viewport;
  if (target === 'mpr') return showMpr(s);
  if (target === 'fusion') {
    // From a CT/PET its partner; from any other series (an ADC map…) the study's own PET/CT.
    const pair = fusionPairOf(s, Object.values(series));
    if ('error' in pair) throw new Error(pair.error);
    // An arbitrary choice between equal PETs (or CTs) is said, not hidden.
    if (pair.note) appStore.getState().addErrors([{ source: 'Fusion', reason: pair.note }]);
    return showFusion(pair.ct, pair.pet);
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
      volumeInfo: (uid: string) => {
        const v = cache.getVolume(volumeIdOf(uid)) as Types.IImageVolume | undefined;
        if (!v) return undefined;
        const vm = v.voxelManager as Types.IVoxelManager<number> | undefined;
        const range = vm?.getRange?.() as [number, number] | undefined;
        return {
          dimensions: [...v.dimensions] as [number, number, number],
          spacing: [...v.spacing] as [number, number, number],
          dataType: vm?.getConstructor?.()?.name ?? 'unknown',
          range: range ?? [NaN, NaN],
          scaling: metaData.get('scalingModule', v.imageIds[0]) as { suvbw?: number } | undefined,
        };
      },
      volumeSum: (uid: string) => {
        const v = cache.getVolume(volumeIdOf(uid)) as Types.IImageVolume | undefined;
        const data = v?.voxelManager?.getCompleteScalarDataArray?.() as ArrayLike<number> | undefined;
        if (!data) return undefined;
        let sum = 0;
        for (let i = 0; i < data.length; i++) sum += data[i];
        return sum;
      },
      imageStats: (viewportId: string) => {
        const vp = viewportById(viewportId) as Types.IStackViewport | undefined;
        const id = vp?.getCurrentImageId();
        const img = id ? (cache.getImage(id) as Types.IImage | undefined) : undefined;
        if (!img) return undefined;
        const px = img.getPixelData() as ArrayLike<number>;
        let min = Infinity;
        let max = -Infinity;
        for (let i = 0; i < px.length; i++) {
          min = Math.min(min, px[i]);
          max = Math.max(max, px[i]);
        }
        return { imageId: id!, dataType: (px as object).constructor.name, min, max, preScale: img.preScale };
      },
      actors: (viewportId: string) => {
        const vp = viewportById(viewportId);
        return (vp?.getActors() ?? []).map((a) => {
          const prop = (a.actor as unknown as { getProperty: () => { getScalarOpacity: (i: number) => { getDataPointer?: () => number[] } ; getRGBTransferFunction: (i: number) => { getRange: () => number[] } } }).getProperty();
          return { uid: a.uid, referencedId: a.referencedId ?? '', opacity: [...(prop.getScalarOpacity(0)?.getDataPointer?.() ?? [])], colorRange: [...prop.getRGBTransferFunction(0).getRange()] };
        });
      },
      viewports: () => viewportsFor(appStore.getState().layout).map((v) => v.id),
      loadManifest: (url) => loadManifestStudies(url),
      openDicomWeb: (url, studyInstanceUID, token) => openDicomWebStudy({ url, token: token ?? '' }, studyInstanceUID),
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
