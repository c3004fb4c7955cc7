import type { Volume } from '@caliper/core';
import type { AifCurve, DynamicSeries, EnhancementCurve, KineticBasis, KineticFit, PerfusionMaps } from '@caliper/engine';
import {
  averageRoiCurves, createKineticBasis, createPerfusionMaps, detectBolusArrival, detectBolusOnset, fitKineticModel,
  fitPerfusionMaps, fitVfaT1Map, measureEnhancementCurve, samplePopulationAif, tabulateKineticBasis,
} from '@caliper/engine';
import { log } from '../command';
import type { DceArgs } from './parseDceArgs';
import { loadDynamicSeries } from './loadDynamicSeries';
import type { LoadDynamicError } from './loadDynamicSeries';
import { fitMapsInWorkers } from './fitMapsInWorkers';
import { loadVfa } from './loadVfa';
import { prepareRoiFileMasks } from '../roi/maskFileBytes';
import { readRoiVoxels } from './readRoiVoxels';
import { selectEnhancingVoxels } from './selectEnhancingVoxels';
import { summarizeParameter } from './summarizeParameter';
import type { ParameterStats } from './summarizeParameter';
import { writeParameterMaps } from './writeParameterMaps';
import type { ParameterMap, WrittenMap } from './writeParameterMaps';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export interface DceRoiResult {
  readonly roi: string;
  readonly voxelCount: number;
  readonly fittedVoxels: number;
  readonly ktransPerMin: ParameterStats | null;
  readonly kepPerMin: ParameterStats | null;
  readonly ve: ParameterStats | null;
  readonly vp: ParameterStats | null;
  readonly residualMm: ParameterStats | null;
  /** 2CXM only. */
  readonly fpMlPer100mlMin?: ParameterStats | null;
  readonly psPerMin?: ParameterStats | null;
  readonly curve: EnhancementCurve & { readonly concentrationMm: number[]; readonly signal: number[] };
  /** The model fitted to the ROI-mean concentration (what the viewer shows while drawing). */
  readonly meanFit: Omit<KineticFit, 'model'>;
}

/**
 * `caliper dce` on a dynamic series: loads it, resolves T10 (fixed or VFA), the ROIs, the bolus
 * arrival and the AIF, fits the model per voxel (ROIs, or the whole volume with --out) and
 * assembles the contract's JSON. Errors carry the contract's phrases (exit 1).
 */
export async function runDceSeries(args: DceArgs): Promise<{ ok: true; doc: Record<string, unknown> } | { ok: false; error: LoadDynamicError }> {
  const fail = (reason: string) => ({ ok: false as const, error: { reason } });
  const dyn = await loadDynamicSeries(args.seriesPaths);
  if (!dyn.ok) return { ok: false, error: dyn.error };
  const d = dyn.value;
  for (const s of d.skipped) log(`skipped ${s.file}: ${s.reason}`);
  log(`${d.seriesLabel}: ${d.phases.length} phases (${d.groupedBy}; times from ${d.timeSource}), FA ${d.flipAngleDeg}°, TR ${d.trMs} ms`);
  const nVox = d.phases[0].length;
  const timesS = d.timesS;
  const nt = timesS.length;

  if (args.t10Ms === undefined && args.vfaPaths.length === 0) return fail('T10 unknown: give --t10 <ms> or --vfa <path>');
  const vfa = args.vfaPaths.length ? await loadVfa(args.vfaPaths, d.geometry) : null;
  if (vfa && !vfa.ok) return fail(vfa.error);

  // ROIs are drawn on the phase of highest mean signal (grow/threshold forms use its values).
  let peakPhase = 0, peakMean = -Infinity;
  d.phases.forEach((p, q) => {
    let s = 0;
    for (let v = 0; v < p.length; v++) s += p[v];
    if (s > peakMean) [peakMean, peakPhase] = [s, q];
  });
  const reference: Volume = { geometry: d.geometry, data: d.phases[peakPhase], unit: 'raw', modality: d.modality, seriesInstanceUID: d.seriesInstanceUID };
  const rois: Uint32Array[] = [];
  // Compressed SEG masks (RLE, JPEG-LS, JPEG 2000) are decoded ahead of the synchronous ROI reader.
  for (const r of [...args.rois, ...(args.aif.type === 'roi' ? [args.aif.roiPath] : [])]) {
    const e = await prepareRoiFileMasks(r);
    if (e) return fail(e);
  }
  for (const r of args.rois) {
    const v = readRoiVoxels(r, reference, d.seriesLabel);
    if (!v.ok) return fail(v.error);
    rois.push(v.value);
  }
  let aifVoxels: Uint32Array | null = null;
  if (args.aif.type === 'roi') {
    const v = readRoiVoxels(args.aif.roiPath, reference, d.seriesLabel, 'AIF ROI');
    if (!v.ok) return fail(v.error);
    aifVoxels = v.value;
  }

  // T10 per voxel from the VFA images, only where it is needed.
  let t10: number | Float32Array = args.t10Ms ?? 0;
  if (vfa?.ok) {
    const map = new Float32Array(nVox);
    const needed = args.out ? undefined : Uint32Array.from(new Set([...rois.flatMap((r) => Array.from(r)), ...(aifVoxels && args.t10BloodMs === undefined ? Array.from(aifVoxels) : [])]));
    log(`T10 from VFA (${vfa.value.flipAnglesDeg.join('/')}°, TR ${vfa.value.trMs} ms) for ${needed ? needed.length : nVox} voxels`);
    fitVfaT1Map(vfa.value.images, vfa.value.flipAnglesDeg, vfa.value.trMs, { out: map, ...(needed ? { voxels: needed } : {}) });
    t10 = map;
  }
  const series = (baselineCount: number): DynamicSeries => ({ phases: d.phases, timesS, baselineCount, flipAngleDeg: d.flipAngleDeg, trMs: d.trMs, t10Ms: t10, r1PerMmS: args.r1PerMmS });

  // Bolus arrival.
  let bat = args.bolusArrivalS;
  let batMethod = 'given (--bolus-arrival)';
  if (bat === undefined) {
    if (aifVoxels) {
      const curves = averageRoiCurves(series(1), aifVoxels);
      const onset = detectBolusOnset(curves.signal, timesS);
      if (onset === null) return fail('bolus arrival not detected: the AIF ROI does not enhance; give --bolus-arrival <s>');
      bat = onset;
      batMethod = 'detected: linear-quadratic onset of the AIF ROI mean signal (Cheong 2003)';
    } else {
      const voxels = rois.length ? Uint32Array.from(new Set(rois.flatMap((r) => Array.from(r)))) : selectEnhancingVoxels(d.phases);
      if (voxels.length === 0) return fail('bolus arrival not detected: no enhancing voxel; give --bolus-arrival <s>');
      const curves = averageRoiCurves(series(1), voxels);
      let t10Mean = typeof t10 === 'number' ? t10 : 0;
      if (typeof t10 !== 'number') {
        let s = 0, c = 0;
        for (const v of voxels) if (t10[v] > 0) [s, c] = [s + t10[v], c + 1];
        t10Mean = c ? s / c : 0;
      }
      const found = t10Mean > 0
        ? detectBolusArrival(curves.signal, timesS, { aif: args.aif.type as 'parker' | 'weinmann', model: args.model === '2cxm' ? 'etofts' : args.model, flipAngleDeg: d.flipAngleDeg, trMs: d.trMs, t10Ms: t10Mean, r1PerMmS: args.r1PerMmS, hematocrit: args.hematocrit })
        : null;
      if (!found) return fail(`bolus arrival not detected on the mean curve of ${rois.length ? 'the ROIs' : 'the enhancing voxels'}; give --bolus-arrival <s>`);
      bat = found.bolusArrivalS;
      batMethod = `detected: population-AIF shift that best fits the mean curve of ${rois.length ? 'the ROIs' : `${voxels.length} enhancing voxels`}`;
    }
  }
  const baselineCount = timesS.filter((t) => t < bat!).length;
  if (baselineCount === 0) return fail(`no baseline phase before the bolus arrival (bolus arrival ${round6(bat)} s, first phase at 0 s)`);
  const dyn2 = series(baselineCount);

  // AIF (plasma, mM).
  let aif: AifCurve;
  let aifDoc: Record<string, unknown>;
  const timesMin = Float64Array.from(timesS, (t) => t / 60);
  if (args.aif.type === 'roi') {
    const curves = averageRoiCurves(dyn2, aifVoxels!, args.t10BloodMs !== undefined ? { t10Ms: args.t10BloodMs } : {});
    if (curves.convertedCount === 0) return fail(`AIF ROI has no voxel whose signal converts to concentration (S0 ≤ 0 or no real R1) (${args.aif.roiPath})`);
    const plasma = Float64Array.from(curves.concentrationMm, (c) => c / (1 - args.hematocrit));
    aif = { timesMin, plasmaMm: plasma };
    aifDoc = { type: 'roi', roi: args.aif.roiPath, voxelCount: aifVoxels!.length, convertedVoxels: curves.convertedCount, peakMm: Math.max(...plasma), plasmaMm: Array.from(plasma) };
  } else {
    aif = samplePopulationAif(args.aif.type, { bolusArrivalS: bat, endS: timesS[nt - 1], hematocrit: args.hematocrit });
    aifDoc = { type: args.aif.type, peakMm: Math.max(...aif.plasmaMm) };
  }
  const exact = createKineticBasis(aif, timesMin);
  const perVoxel: KineticBasis = args.model === 'patlak' ? exact : tabulateKineticBasis(aif, timesMin);

  // Per-voxel fits: the whole volume with --out, else the ROIs' voxels.
  let maps: PerfusionMaps = createPerfusionMaps(nVox, { twoCompartment: args.model === '2cxm' });
  const started = performance.now();
  let reported = -1;
  const progress = (done: number, total: number) => {
    const pct = Math.floor((10 * done) / total) * 10;
    if (total > 50000 && pct > reported) {
      reported = pct;
      log(`fitting ${args.model}: ${pct} % (${done}/${total} voxels)`);
    }
  };
  if (args.out) {
    // Large volumes go to a pool of worker threads (one per core); small ones are not worth starting it.
    let pooled = false;
    if (nVox >= 200_000) {
      try {
        maps = await fitMapsInWorkers(dyn2, aif, args.model, { onProgress: progress });
        pooled = true;
      } catch (e) {
        log(`worker threads unavailable (${e instanceof Error ? e.message : String(e)}): fitting on the main thread`);
      }
    }
    if (!pooled) fitPerfusionMaps(dyn2, perVoxel, { model: args.model, out: maps, onProgress: progress });
  } else for (const r of rois) fitPerfusionMaps(dyn2, perVoxel, { model: args.model, out: maps, voxels: r });
  log(`fitted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const lacks = { kep: args.model === 'patlak', ve: args.model === 'patlak', vp: args.model === 'tofts' };
  const roiResults: DceRoiResult[] = rois.map((voxels, q) => {
    let fitted = 0;
    for (const v of voxels) fitted += maps.fitted[v];
    const stats = (m: Float32Array, lacking = false) => (lacking ? null : summarizeParameter(m, voxels, maps.fitted, d.geometry));
    const curves = averageRoiCurves(dyn2, voxels);
    const shape = measureEnhancementCurve(curves.concentrationMm, curves.signal, timesS, { bolusArrivalS: bat! });
    const { model: _model, ...meanFit } = fitKineticModel(curves.concentrationMm, exact, { model: args.model });
    return {
      roi: args.rois[q],
      voxelCount: voxels.length,
      fittedVoxels: fitted,
      ktransPerMin: stats(maps.ktrans),
      kepPerMin: stats(maps.kep, lacks.kep),
      ve: stats(maps.ve, lacks.ve),
      vp: stats(maps.vp, lacks.vp),
      residualMm: stats(maps.residual),
      ...(maps.fp && maps.ps ? { fpMlPer100mlMin: stats(maps.fp), psPerMin: stats(maps.ps) } : {}),
      curve: { concentrationMm: Array.from(curves.concentrationMm), signal: Array.from(curves.signal), ...shape },
      meanFit,
    };
  });

  let written: WrittenMap[] = [];
  if (args.out) {
    const all: ParameterMap[] = [
      { parameter: 'Ktrans', folder: 'ktrans', unit: '/min', unitMeaning: 'per minute', values: maps.ktrans },
      { parameter: 'kep', folder: 'kep', unit: '/min', unitMeaning: 'per minute', values: maps.kep },
      { parameter: 've', folder: 've', unit: '1', unitMeaning: 'no units', values: maps.ve },
      { parameter: 'vp', folder: 'vp', unit: '1', unitMeaning: 'no units', values: maps.vp },
      { parameter: 'residual', folder: 'residual', unit: 'mmol/L', unitMeaning: 'millimole per liter', values: maps.residual },
    ];
    const present = all.filter((m) => !(m.folder === 'kep' && lacks.kep) && !(m.folder === 've' && lacks.ve) && !(m.folder === 'vp' && lacks.vp));
    written = await writeParameterMaps(present, d.geometry, d.firstPhase, args.out, `${args.model} fit, ${args.aif.type} AIF`);
    log(`wrote ${written.length} parameter maps to ${args.out}`);
  }

  return {
    ok: true,
    doc: {
      series: d.seriesLabel,
      model: args.model,
      phases: nt,
      timeSource: d.timeSource,
      phaseGrouping: d.groupedBy,
      timesS: timesS.map(round6),
      bolusArrivalS: round6(bat),
      bolusArrivalMethod: batMethod,
      baselinePhases: baselineCount,
      flipAngleDeg: d.flipAngleDeg,
      trMs: d.trMs,
      t10: vfa?.ok ? { source: 'vfa', flipAnglesDeg: vfa.value.flipAnglesDeg, trMs: vfa.value.trMs, ...(args.t10BloodMs !== undefined ? { bloodMs: args.t10BloodMs } : {}) }
        : { source: 'fixed', ms: args.t10Ms, ...(args.t10BloodMs !== undefined ? { bloodMs: args.t10BloodMs } : {}) },
      r1PerMmS: args.r1PerMmS,
      hematocrit: args.hematocrit,
      aif: aifDoc,
      rois: roiResults,
      maps: written.map((w) => ({ parameter: w.parameter, unit: w.unit, dir: w.dir, files: w.files, slope: w.slope })),
    },
  };
}
