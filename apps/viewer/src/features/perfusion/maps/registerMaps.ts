import { featurePanels, mainPanels } from '../../../app/featurePanels';
import { toApiSeries } from '../../../app/api';
import { appStore } from '../../../app/store';
import { installDerivedImages } from '../../../viewports/derivedImages';
import { installMapColormap } from './applyMapColormap';
import { installMapOverlay } from './mapOverlayLayer';
import { computeDeconvolutionMaps } from './computeDeconvolutionMaps';
import { cancelMaps, computeMaps } from './computeMaps';
import { parametricMapFile } from './exportMaps';
import { mapJobState, mapResultOf, type MapResult } from './mapJobState';
import { DEFAULT_MAP_OPTIONS, type MapOptions } from './mapOptions';
import { MapColorBar } from './MapColorBar';
import { MapsPanel } from './MapsPanel';
import { mapValues } from './volumeMaps';
import './maps.css';

/** A finished job's listed maps as the API gives them; a failed job throws its reason, a cancelled one gives null. */
function settledMaps(r: MapResult | null): { result: MapResult; maps: { parameter: string; unit: string; window: { lower: number; upper: number }; series: ReturnType<typeof toApiSeries> }[] } | null {
  if (!r) {
    const s = mapJobState();
    if (s.kind === 'failed') throw new Error(s.reason);
    return null;
  }
  const all = appStore.getState().series;
  return { result: r, maps: r.series.map((s) => ({ parameter: s.parameter.name, unit: s.parameter.unit, window: s.window, series: toApiSeries(all[s.seriesUID]) })) };
}

/** `caliper.dceMaps`: compute, cancel, inspect and export the DCE maps (tests, integrations). */
const api = {
  compute: async (seriesUID: string, options: Partial<MapOptions> = {}) => {
    const done = settledMaps(await computeMaps(seriesUID, { ...DEFAULT_MAP_OPTIONS, ...options }));
    if (!done) return null;
    const r = done.result;
    return { bolusArrivalS: r.bolusArrivalS, baselinePhases: r.baselineCount, fittedVoxels: r.fittedVoxels, seconds: r.seconds, maps: done.maps };
  },
  /** DSC (rCBV, rCBF, MTT) or CT perfusion (BF, BV, MTT, PS) maps of the series open in the perfusion view, with its ROIs. */
  computePerfusion: async (seriesUID: string) => {
    const done = settledMaps(await computeDeconvolutionMaps(seriesUID));
    if (!done) return null;
    const r = done.result;
    return { kind: r.kind, baselinePhases: r.baselineCount, fittedVoxels: r.fittedVoxels, seconds: r.seconds, method: r.methodText, maps: done.maps };
  },
  cancel: () => cancelMaps(),
  state: () => mapJobState(),
  /** Map value (its unit) at voxel (i, j, k) of the grid. */
  valueAt: (sourceSeriesUID: string, parameter: string, ijk: readonly [number, number, number]) => {
    const r = mapResultOf(sourceSeriesUID);
    const s = r?.series.find((x) => x.parameter.name === parameter);
    if (!r || !s) return null;
    const [ni, nj] = r.source.geometry.dimensions;
    return { value: mapValues(r.maps, s.parameter.field)[ijk[0] + ni * (ijk[1] + nj * ijk[2])], unit: s.parameter.unit };
  },
  /** The Parametric Map file of one parameter, as the panel downloads it. */
  parametricMap: (sourceSeriesUID: string, parameter: string) => {
    const r = mapResultOf(sourceSeriesUID);
    const s = r?.series.find((x) => x.parameter.name === parameter);
    return r && s ? parametricMapFile(r, s.parameter) : null;
  },
};

const typing = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};

/** DCE parametric maps (issue 15): the sidebar panel, the colour bar, the map colour map, Esc to cancel, `caliper.dceMaps`. */
export function registerMaps(): void {
  if (featurePanels.some((p) => p.id === 'dce-maps')) return;
  installDerivedImages();
  installMapColormap();
  installMapOverlay();
  featurePanels.push({ id: 'dce-maps', Component: MapsPanel });
  mainPanels.push({ id: 'dce-colorbar', Component: MapColorBar });
  window.caliper?.extend?.('dceMaps', api);
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !typing(e.target) && mapJobState().kind === 'running') cancelMaps();
  });
}
