import { appStore } from '../../../app/store';
import { buildMapSetup } from './buildMapSetup';
import { loadDynamic, mapSourceOf } from './dynamicSource';
import { loadVfaT10 } from './loadVfaT10';
import { mapJobState, setMapJobState, setMapResult, type MapResult } from './mapJobState';
import type { MapOptions } from './mapOptions';
import { cancelDeconvolutionMaps } from './computeDeconvolutionMaps';
import { listMapSeries } from './listMapSeries';
import { T10_MAP, mapParametersOf } from './mapParameters';
import type { MapArrays } from './volumeMaps';
import { mapWorkers } from './mapWorkers';
import { MapJobCancelled, runMapPool } from './runMapPool';

let controller: AbortController | null = null;
let jobs = 0;

/** Cancels the running map job (Esc, the Cancel button); nothing is listed. */
export function cancelMaps(): boolean {
  if (cancelDeconvolutionMaps()) return true;
  if (!controller) return false;
  controller.abort();
  return true;
}

const fmtModel = (o: MapOptions) => `${o.model === 'etofts' ? 'extended Tofts' : o.model === 'tofts' ? 'Tofts' : 'Patlak'} ${o.method === 'lm' ? 'LM' : 'linear'}, ${o.aif} AIF${o.vfaSeriesUID ? ', VFA T10' : ''}`;

/**
 * Whole-volume DCE maps of a dynamic series: loads its phases, fits every voxel on the worker pool
 * (progress "Fitting DCE maps…", cancellable), then lists one derived series per parameter in the
 * study browser (slice k on the plane of the earliest-phase image k; values in the parameter's unit,
 * read out and measured in it). Resolves to the result, or null when cancelled; failures are named
 * in the panel and the errors panel, nothing else changes.
 */
export async function computeMaps(seriesUID: string, options: MapOptions): Promise<MapResult | null> {
  if (controller) throw new Error('a map job is already running');
  const series = appStore.getState().series[seriesUID];
  if (!series) throw new Error(`unknown series ${seriesUID}`);
  const ac = new AbortController();
  controller = ac;
  const key = `maps:${seriesUID}`;
  const { setProgress } = appStore.getState();
  const t0 = performance.now();
  const stage = (label: string, done: number, total: number) => {
    setProgress(key, { label, done, total });
    setMapJobState({ kind: 'running', seriesUID, stage: label, done, total });
  };
  try {
    stage('Loading the dynamic series…', 0, 1);
    const dyn = await loadDynamic(seriesUID, (done, total) => stage('Loading the dynamic series…', done, total));
    if (ac.signal.aborted) throw new MapJobCancelled();
    let t10Map: Float32Array | undefined;
    let effective = options;
    if (options.vfaSeriesUID) {
      const vfa = await loadVfaT10(options.vfaSeriesUID, dyn.geometry, stage);
      if (ac.signal.aborted) throw new MapJobCancelled();
      if (vfa.medianMs === null) throw new Error('the VFA series gives no T10 in any voxel');
      t10Map = vfa.t10Ms;
      // The bolus arrival is detected with the median T10 of the VFA map.
      effective = { ...options, t10Ms: vfa.medianMs };
    }
    const setup = buildMapSetup(dyn, effective);
    const { sliceImageIds, source } = mapSourceOf(seriesUID, dyn.geometry, dyn.firstPhaseImageIds);
    const label = `Fitting DCE maps (${fmtModel(options)})…`;
    const maps = await runMapPool(dyn.phases, setup, mapWorkers(), { jobId: `maps-${++jobs}`, signal: ac.signal, ...(t10Map ? { t10Map } : {}), onProgress: (done, total) => stage(label, done, total) });
    let fittedVoxels = 0;
    for (let v = 0; v < maps.fitted.length; v++) fittedVoxels += maps.fitted[v];
    // With a VFA series the T1 map it gave is listed too (the DCE maps converted each voxel with it).
    const all: MapArrays = t10Map ? { ...maps, t10: t10Map } : maps;
    const listed = listMapSeries(seriesUID, [...mapParametersOf(options.model), ...(t10Map ? [T10_MAP] : [])], all, dyn.geometry, sliceImageIds, fmtModel(options));
    const o = effective;
    const methodText = `${fmtModel(options)} fit, r1 ${o.r1PerMmS} /mM/s, Hct ${o.hematocrit}, T10 ${o.vfaSeriesUID ? `per voxel from the VFA series (median ${o.t10Ms.toFixed(0)} ms)` : `${o.t10Ms} ms`}`;
    const result: MapResult = { kind: 'dce', sourceSeriesUID: seriesUID, methodText, bolusArrivalS: setup.bolusArrivalS, baselineCount: setup.baselineCount, options: effective, setup, maps: all, source, series: listed, fittedVoxels, seconds: (performance.now() - t0) / 1000 };
    setMapResult(result);
    setMapJobState({ kind: 'idle' });
    appStore.getState().pushToast({ kind: 'success', title: `DCE maps ready: ${listed.map((l) => l.parameter.name).join(', ')}`, text: `${fittedVoxels} voxels fitted in ${result.seconds.toFixed(1)} s; listed under the study.` });
    return result;
  } catch (e) {
    if (e instanceof MapJobCancelled || ac.signal.aborted) {
      setMapJobState({ kind: 'idle' });
      appStore.getState().pushToast({ kind: 'info', title: 'DCE maps cancelled' });
      return null;
    }
    const reason = e instanceof Error ? e.message : String(e);
    setMapJobState({ kind: 'failed', seriesUID, reason });
    appStore.getState().addErrors([{ source: `series ${seriesUID} (${series.modality} ${series.seriesDescription})`, reason: `no DCE maps: ${reason}` }]);
    return null;
  } finally {
    controller = null;
    setProgress(key, null);
    if (mapJobState().kind === 'running') setMapJobState({ kind: 'idle' });
  }
}
