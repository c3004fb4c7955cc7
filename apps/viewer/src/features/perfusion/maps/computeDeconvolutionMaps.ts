import { measureDscPerfusion } from '@caliper/engine';
import type { CtChunkMaps } from '@caliper/engine/perfusion/fitCtDeconvolutionChunk';
import type { DeconvolutionChunk, DscChunkMaps } from '@caliper/engine/perfusion/fitDscDeconvolutionChunk';
import { appStore } from '../../../app/store';
import type { PerfusionRoiReply } from '../../measure/worker/createDceApi';
import { loadDynamicVolume } from '../model/dynamicVolume';
import { openDynamic } from '../service/dceView';
import { detectPerfusionBaseline } from '../worker/detectPerfusionBaseline';
import { meanRoiSignal } from '../worker/meanRoiSignal';
import { mapSourceOf } from './dynamicSource';
import { gatherChunk } from './gatherChunk';
import { setMapJobState, setMapResult, type MapResult } from './mapJobState';
import { CTP_MAPS, DSC_MAPS } from './mapParameters';
import { listMapSeries } from './listMapSeries';
import { mapWorkers } from './mapWorkers';
import type { MapArrays } from './volumeMaps';
import type { AnyMapSetup } from './mapJobs';
import { MapJobCancelled, runChunkPool } from './runChunkPool';

let controller: AbortController | null = null;
let jobs = 0;

/** Cancels a running DSC / CT map job. */
export function cancelDeconvolutionMaps(): boolean {
  if (!controller) return false;
  controller.abort();
  return true;
}

/**
 * Whole-volume DSC (rCBV leakage-corrected, rCBF, MTT) or CT perfusion (BF, BV, MTT, PS) maps of the
 * series open in the perfusion view, on the map worker pool (progress, cancel), with the ROI path's
 * inputs: the arterial curve (vessel ROI or the suggested voxels), the reference (DSC, required: rCBV
 * and rCBF are relative to it) or venous (CT) ROI and the baseline as the last ROI measurement found
 * them. Every voxel gets exactly measureDscPerfusion / measureCtPerfusion (PH's chunk kernels); DSC
 * maps are divided by the reference ROI's own CBV / CBF. Listed as derived series like the DCE maps.
 */
export async function computeDeconvolutionMaps(seriesUID: string): Promise<MapResult | null> {
  const st = appStore.getState();
  const dce = st.dce;
  const series = st.series[seriesUID];
  if (!series) throw new Error(`unknown series ${seriesUID}`);
  if (!dce || dce.sourceUID !== seriesUID || dce.kind === 'dce') throw new Error(`${series.seriesDescription}: open it as DSC or CT perfusion first (the maps use its arterial and reference ROIs)`);
  if (controller) throw new Error('a map job is already running');
  const kind = dce.kind;
  const ac = new AbortController();
  controller = ac;
  const key = `maps:${seriesUID}`;
  const t0 = performance.now();
  const stage = (label: string, done: number, total: number) => {
    appStore.getState().setProgress(key, { label, done, total });
    setMapJobState({ kind: 'running', seriesUID, stage: label, done, total });
  };
  try {
    const d = await loadDynamicVolume(seriesUID);
    const roi = Object.values(appStore.getState().dceRois).map((e) => e.result).filter((r): r is PerfusionRoiReply => !!r && 'kind' in r && r.kind === kind)
      .sort((a, b) => Number(!!b.second) - Number(!!a.second))[0];
    const suggested = openDynamic()?.suggested;
    const aifSignal = roi?.aif.signal ?? (suggested?.length ? Array.from(meanRoiSignal(d.series.phases, suggested)) : null);
    if (!aifSignal) throw new Error(`${d.label}: no arterial curve: draw a vessel ROI on an artery`);
    const second = roi?.second?.signal ?? null;
    if (kind === 'dsc' && !second) throw new Error(`${d.label}: draw the reference ROI (normal-appearing white matter) first: rCBV and rCBF are relative to it`);
    const baselineCount = roi?.baselineCount ?? detectPerfusionBaseline(kind, aifSignal, d.timesS)?.baselineCount;
    if (!baselineCount) throw new Error(`${d.label}: bolus arrival not detected on the arterial curve`);
    const setup: AnyMapSetup = kind === 'dsc'
      ? { kind, timesS: d.timesS, baselineCount, teMs: d.teMs!, aifSignal, referenceSignal: second! }
      : { kind, timesS: d.timesS, baselineCount, arterialHu: aifSignal, venousHu: second };
    const total = d.series.phases[0].length;
    const f = () => new Float32Array(total);
    const fitted = new Uint8Array(total);
    const out: MapArrays = kind === 'dsc' ? { rcbv: f(), rcbf: f(), mtt: f(), fitted } : { bf: f(), bv: f(), mtt: f(), ps: f(), fitted };
    const label = `Computing ${kind === 'dsc' ? 'DSC' : 'CT perfusion'} maps (oSVD deconvolution)…`;
    // DSC: relative to the reference ROI's own CBV and CBF, as the ROI numbers are.
    const ref = kind === 'dsc' ? measureDscPerfusion(second!, aifSignal, d.timesS, { baselineCount, teMs: d.teMs! }) : null;
    if (kind === 'dsc' && !(ref && ref.cbv > 0 && ref.cbfPerS > 0)) throw new Error(`${d.label}: the reference ROI shows no signal drop`);
    await runChunkPool(total, setup, mapWorkers<AnyMapSetup, DeconvolutionChunk, DscChunkMaps | CtChunkMaps>(), { jobId: `deconv-${++jobs}`, signal: ac.signal, onProgress: (done, n) => stage(label, done, n) },
      (range) => ({ ...gatherChunk(d.series.phases, range), phaseMajor: true }),
      (r, range) => {
        const o = out as unknown as Record<string, Float32Array>;
        if ('cbv' in r) {
          for (let q = 0; q < range.count; q++) {
            const v = range.start + q;
            o.rcbv[v] = r.cbv[q] / ref!.cbv;
            o.rcbf[v] = r.cbfPerS[q] / ref!.cbfPerS;
            o.mtt[v] = r.mttS[q];
            fitted[v] = r.fitted[q];
          }
        } else {
          o.bf.set(r.bf, range.start); o.bv.set(r.bv, range.start); o.mtt.set(r.mttS, range.start); o.ps.set(r.ps, range.start);
          for (let q = 0; q < range.count; q++) fitted[range.start + q] = r.bf[q] > 0 || r.bv[q] > 0 ? 1 : 0;
        }
      });
    let fittedVoxels = 0;
    for (let v = 0; v < total; v++) fittedVoxels += out.fitted[v];
    const { sliceImageIds, source } = mapSourceOf(seriesUID, d.geometry, d.phaseImageIds[0]);
    const how = kind === 'dsc' ? `DSC oSVD, BSW, ref ROI` : `CT oSVD${second ? ', venous-scaled' : ''}`;
    const listed = listMapSeries(seriesUID, kind === 'dsc' ? DSC_MAPS : CTP_MAPS, out, d.geometry, sliceImageIds, how);
    const methodText = kind === 'dsc'
      ? `DSC-MRI: ΔR2* (TE ${d.teMs} ms), BSW leakage correction and normalisation to the reference ROI, oSVD deconvolution (OI ≤ 0.095) against the ${roi?.aif ? `arterial ROI (${roi.aif.voxelCount} voxels)` : 'suggested artery'}, ${baselineCount} baseline phases`
      : `CT perfusion: ΔHU, oSVD deconvolution (OI ≤ 0.095) against the ${roi?.aif ? `arterial ROI (${roi.aif.voxelCount} voxels)` : 'suggested artery'}${second ? ' scaled by the venous ROI' : ''}, Patlak PS, kH 0.733, 1.04 g/mL, ${baselineCount} baseline phases`;
    const result: MapResult = { kind, sourceSeriesUID: seriesUID, methodText, bolusArrivalS: roi?.bolusArrivalS ?? null, baselineCount, maps: out, source, series: listed, fittedVoxels, seconds: (performance.now() - t0) / 1000 };
    setMapResult(result);
    setMapJobState({ kind: 'idle' });
    appStore.getState().pushToast({ kind: 'success', title: `${kind === 'dsc' ? 'DSC' : 'CT perfusion'} maps ready: ${listed.map((l) => l.parameter.name).join(', ')}`, text: `${fittedVoxels} voxels in ${result.seconds.toFixed(1)} s; listed under the study.` });
    return result;
  } catch (e) {
    if (e instanceof MapJobCancelled || ac.signal.aborted) {
      setMapJobState({ kind: 'idle' });
      appStore.getState().pushToast({ kind: 'info', title: 'Perfusion maps cancelled' });
      return null;
    }
    const reason = e instanceof Error ? e.message : String(e);
    setMapJobState({ kind: 'failed', seriesUID, reason });
    appStore.getState().addErrors([{ source: `series ${seriesUID} (${series.modality} ${series.seriesDescription})`, reason: `no perfusion maps: ${reason}` }]);
    return null;
  } finally {
    controller = null;
    appStore.getState().setProgress(key, null);
  }
}
