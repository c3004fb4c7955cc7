import type { Geometry, IntensityUnit, Mask, Result, Volume, VoxelArray } from '@caliper/core';
import { asPatient, patientToVoxel } from '@caliper/core';
import { measureRoi } from '../measure/measureRoi';
import type { MeasureResult, MeasureRoiOptions } from '../measure/measureRoi';
import { roiToMask } from '../roi/roiToMask';
import type { RoiSpec } from '../roi/roiSpec';
import { growRegion } from '../grow/growRegion';
import { growConfidenceConnected } from '../grow/growConfidenceConnected';
import { fitAdcMap } from '../adc/fitAdcMap';
import { cropMask, uncropMask } from './cropMask';
import { clearMaskBbox } from '../mask/clearMaskBbox';
import type { CroppedMask } from './cropMask';
import { createSupersession, yieldToEventLoop } from './supersession';
import { RADIOMICS_STEPS, iterateRadiomics } from '../radiomics/computeRadiomics';
import type { RadiomicsError, RadiomicsResult, RadiomicsStep } from '../radiomics/computeRadiomics';
import { describeRadiomicsError } from '../radiomics/describeRadiomicsError';
import type { RadiomicsSettings } from '../radiomics/settings/radiomicsSettings';
import { iteratePerturbRadiomics } from '../radiomics/perturb/iteratePerturbRadiomics';
import type { Perturbation, RobustnessResult } from '../radiomics/perturb/types';

/** Identifies a request; requests sharing a channel supersede each other (latest wins). */
export interface RequestMeta {
  readonly requestId: string | number;
  readonly channel?: string;
}

export type EngineReply<T> =
  | { readonly cancelled: true; readonly requestId: string | number }
  | { readonly cancelled: false; readonly requestId: string | number; readonly ok: true; readonly value: T }
  | { readonly cancelled: false; readonly requestId: string | number; readonly ok: false; readonly error: string };

export interface MeasureReplyValue {
  readonly result: MeasureResult;
  /** The ROI mask cropped to its bbox, when `returnMask` was asked for. */
  readonly mask?: CroppedMask;
}

export type GrowSpec =
  | { readonly mode: 'threshold'; readonly seedMm: readonly [number, number, number]; readonly lower: number; readonly upper: number; readonly maxVoxels?: number }
  | { readonly mode: 'confidence'; readonly seedMm: readonly [number, number, number]; readonly multiplier?: number; readonly iterations?: number; readonly maxVoxels?: number };

export interface GrowReplyValue {
  readonly mask: CroppedMask;
  readonly voxelCount: number;
  readonly truncated: boolean;
  /** Bounds used (inclusive), in the volume's unit. */
  readonly lower: number;
  readonly upper: number;
}

export interface FitAdcRequest {
  readonly images: readonly VoxelArray[];
  readonly bValues: readonly number[];
  readonly minSignal?: number;
  /** Keep the map in the worker as this volume (unit 10^-3 mm2/s) for later measure() calls. */
  readonly storeAs?: { readonly id: string; readonly geometry: Geometry; readonly seriesInstanceUID?: string };
  /** Voxels fitted between cancellation checkpoints. Default 2^20. */
  readonly chunkVoxels?: number;
}

/** The worker's API (also usable directly on the main thread, e.g. in tests and the CLI). */
export interface EngineApi {
  putVolume(id: string, volume: Volume): { voxelCount: number };
  dropVolume(id: string): boolean;
  listVolumes(): string[];
  cancel(channel: string): void;
  measure(volumeId: string, roi: RoiSpec | CroppedMask, meta: RequestMeta, options?: MeasureRoiOptions & { returnMask?: boolean }): Promise<EngineReply<MeasureReplyValue>>;
  grow(volumeId: string, spec: GrowSpec, meta: RequestMeta): Promise<EngineReply<GrowReplyValue>>;
  fitAdc(request: FitAdcRequest, meta: RequestMeta): Promise<EngineReply<Float32Array>>;
  /** Every IBSI-1 feature of one ROI (computeRadiomics), cancellable between steps; `onProgress`
   *  (a Comlink proxy across the worker boundary) hears each finished step. */
  radiomics(volumeId: string, roi: RoiSpec | CroppedMask, settings: RadiomicsSettings, meta: RequestMeta, onProgress?: (p: RadiomicsProgress) => void): Promise<EngineReply<RadiomicsResult>>;
  /** Robustness of every feature of one ROI under image/ROI perturbations (perturbRadiomics: CV, ICC,
   *  unstable flags), cancellable between radiomics steps like `radiomics`. */
  radiomicsPerturb(volumeId: string, roi: RoiSpec | CroppedMask, settings: RadiomicsSettings, meta: RequestMeta, request?: RadiomicsPerturbRequest, onProgress?: (p: RadiomicsPerturbProgress) => void): Promise<EngineReply<RobustnessResult>>;
}

/** Options of a robustness run (perturbRadiomics): the perturbations, thresholds and cohort ROIs (cropped masks on the same grid). */
export interface RadiomicsPerturbRequest {
  readonly perturbations?: readonly Perturbation[];
  /** Other ROIs on the same volume: the further subjects of the ICC (none: ICC null). */
  readonly cohort?: readonly CroppedMask[];
  readonly cvThreshold?: number;
  readonly iccThreshold?: number;
}

/** Progress of a robustness run: radiomics steps done of all its computations' steps. */
export interface RadiomicsPerturbProgress {
  readonly done: number;
  readonly total: number;
}

export interface RadiomicsProgress {
  readonly step: RadiomicsStep;
  /** Steps finished, of `total`. */
  readonly done: number;
  readonly total: number;
}

const isCropped = (r: RoiSpec | CroppedMask): r is CroppedMask => !('type' in r);

/**
 * Long-lived engine state: volumes kept by id (their typed arrays were transferred or shared once),
 * and latest-wins cancellation per channel. measure and grow check for supersession once, after
 * letting queued messages in, and then run to completion synchronously (so requests never interleave
 * on the shared mask buffer); fitAdc checks between chunks.
 */
export function createEngineApi(): EngineApi {
  const volumes = new Map<string, Volume>();
  // One grid-sized mask buffer per volume, reused by every request (masks are cropped or reduced
  // to numbers before a reply leaves). It is kept all-zero between requests by clearing only the
  // last mask's bbox, so no request pays for clearing the whole grid.
  const scratch = new Map<string, Uint8Array>();
  const scratchFor = (id: string, n: number): Uint8Array => {
    let s = scratch.get(id);
    if (!s || s.length !== n) scratch.set(id, (s = new Uint8Array(n)));
    return s;
  };
  const zeroed = { outIsZeroed: true } as const;
  const sup = createSupersession();
  const cancelled = (requestId: string | number) => ({ cancelled: true as const, requestId });
  const fail = (requestId: string | number, error: string) => ({ cancelled: false as const, requestId, ok: false as const, error });
  const done = <T>(requestId: string | number, value: T) => ({ cancelled: false as const, requestId, ok: true as const, value });

  return {
    putVolume(id, volume) {
      volumes.set(id, volume);
      scratch.delete(id);
      return { voxelCount: volume.data.length };
    },
    dropVolume: (id) => {
      scratch.delete(id);
      return volumes.delete(id);
    },
    listVolumes: () => [...volumes.keys()],
    cancel: (channel) => sup.cancel(channel),

    async measure(volumeId, roi, meta, options = {}) {
      const t = sup.begin(meta.channel);
      await yieldToEventLoop();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const volume = volumes.get(volumeId);
      if (!volume) return fail(meta.requestId, `no volume ${volumeId}`);
      let mask: Mask;
      if (isCropped(roi)) {
        const d = volume.geometry.dimensions;
        if (roi.dimensions.some((x, q) => x !== d[q])) return fail(meta.requestId, `mask grid ${roi.dimensions.join('x')} differs from volume ${d.join('x')}`);
        mask = uncropMask(roi, scratchFor(volumeId, volume.data.length), true);
      } else {
        const m = roiToMask(volume, roi, undefined, { out: scratchFor(volumeId, volume.data.length), ...zeroed });
        if (!m.ok) return fail(meta.requestId, m.error);
        mask = m.value;
      }
      try {
        const { returnMask, ...measureOptions } = options;
        const result = measureRoi(volume, mask, measureOptions);
        return done(meta.requestId, returnMask ? { result, mask: cropMask(mask) } : { result });
      } finally {
        if (mask.data === scratch.get(volumeId)) clearMaskBbox(mask);
      }
    },

    async grow(volumeId, spec, meta) {
      const t = sup.begin(meta.channel);
      await yieldToEventLoop();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const volume = volumes.get(volumeId);
      if (!volume) return fail(meta.requestId, `no volume ${volumeId}`);
      const g = volume.geometry;
      const s = patientToVoxel(g, asPatient(spec.seedMm));
      const seed = [Math.round(s[0]), Math.round(s[1]), Math.round(s[2])] as const;
      if (seed.some((x, d) => x < 0 || x >= g.dimensions[d])) return fail(meta.requestId, 'seed outside the volume');
      if (spec.mode === 'threshold') {
        const r = growRegion(g.dimensions, volume.data, seed, spec.lower, spec.upper, { maxVoxels: spec.maxVoxels, out: scratchFor(volumeId, volume.data.length), ...zeroed });
        const mask = cropMask(r.mask);
        clearMaskBbox(r.mask);
        return done(meta.requestId, { mask, voxelCount: r.voxelCount, truncated: r.truncated, lower: spec.lower, upper: spec.upper });
      }
      const r = growConfidenceConnected(g.dimensions, volume.data, seed, { multiplier: spec.multiplier, iterations: spec.iterations, maxVoxels: spec.maxVoxels });
      return done(meta.requestId, { mask: cropMask(r.mask), voxelCount: r.voxelCount, truncated: r.truncated, lower: r.lower, upper: r.upper });
    },

    async fitAdc(req, meta) {
      const t = sup.begin(meta.channel);
      const n = req.images[0]?.length ?? 0;
      const out = new Float32Array(n);
      const chunk = req.chunkVoxels ?? 1 << 20;
      try {
        for (let start = 0; start < n || start === 0; start += chunk) {
          await yieldToEventLoop();
          if (t.isCancelled()) return cancelled(meta.requestId);
          fitAdcMap(req.images, req.bValues, { minSignal: req.minSignal, out, start, end: Math.min(n, start + chunk) });
          if (n === 0) break;
        }
      } catch (e) {
        return fail(meta.requestId, e instanceof Error ? e.message : String(e));
      }
      if (req.storeAs) {
        const unit: IntensityUnit = '10^-3 mm2/s';
        volumes.set(req.storeAs.id, { geometry: req.storeAs.geometry, data: out, unit, modality: 'MR', ...(req.storeAs.seriesInstanceUID ? { seriesInstanceUID: req.storeAs.seriesInstanceUID } : {}) });
      }
      return done(meta.requestId, out);
    },

    async radiomics(volumeId, roi, settings, meta, onProgress) {
      const t = sup.begin(meta.channel);
      await yieldToEventLoop();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const volume = volumes.get(volumeId);
      if (!volume) return fail(meta.requestId, `no volume ${volumeId}`);
      const buffer = scratchFor(volumeId, volume.data.length);
      let mask: Mask;
      if (isCropped(roi)) {
        const d = volume.geometry.dimensions;
        if (roi.dimensions.some((x, q) => x !== d[q])) return fail(meta.requestId, `mask grid ${roi.dimensions.join('x')} differs from volume ${d.join('x')}`);
        mask = uncropMask(roi, buffer, true);
      } else {
        const m = roiToMask(volume, roi, undefined, { out: buffer, ...zeroed });
        if (!m.ok) return fail(meta.requestId, m.error);
        mask = m.value;
      }
      const label = volume.seriesInstanceUID ?? volumeId;
      if (!mask.bbox) return fail(meta.requestId, describeRadiomicsError({ kind: 'empty-roi' }, label));
      const it = iterateRadiomics(volume, mask, settings);
      let r: IteratorResult<RadiomicsStep, Result<RadiomicsResult, RadiomicsError>>;
      try {
        // The first step copies the ROI out of the shared buffer; clear it before yielding to other requests.
        r = it.next();
      } finally {
        clearMaskBbox(mask);
      }
      for (let n = 1; !r.done; n++) {
        onProgress?.({ step: r.value, done: n, total: RADIOMICS_STEPS.length });
        await yieldToEventLoop();
        if (t.isCancelled()) return cancelled(meta.requestId);
        r = it.next();
      }
      const result = r.value;
      return result.ok ? done(meta.requestId, result.value) : fail(meta.requestId, describeRadiomicsError(result.error, label));
    },

    async radiomicsPerturb(volumeId, roi, settings, meta, request = {}, onProgress) {
      const t = sup.begin(meta.channel);
      await yieldToEventLoop();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const volume = volumes.get(volumeId);
      if (!volume) return fail(meta.requestId, `no volume ${volumeId}`);
      const d = volume.geometry.dimensions;
      const onGrid = (c: CroppedMask) => c.dimensions.every((x, q) => x === d[q]);
      const cohort = request.cohort ?? [];
      if (isCropped(roi) && !onGrid(roi)) return fail(meta.requestId, `mask grid ${roi.dimensions.join('x')} differs from volume ${d.join('x')}`);
      if (!cohort.every(onGrid)) return fail(meta.requestId, 'a cohort mask is not on the volume grid');
      // Own buffers, not the shared scratch: the masks are read by every perturbed computation.
      let mask: Mask;
      if (isCropped(roi)) mask = uncropMask(roi);
      else {
        const m = roiToMask(volume, roi);
        if (!m.ok) return fail(meta.requestId, m.error);
        mask = m.value;
      }
      const label = volume.seriesInstanceUID ?? volumeId;
      if (!mask.bbox) return fail(meta.requestId, describeRadiomicsError({ kind: 'empty-roi' }, label));
      const { perturbations, cvThreshold, iccThreshold } = request;
      const it = iteratePerturbRadiomics(volume, mask, settings, {
        cohort: cohort.map((c) => uncropMask(c)),
        ...(perturbations ? { perturbations } : {}),
        ...(cvThreshold !== undefined ? { cvThreshold } : {}),
        ...(iccThreshold !== undefined ? { iccThreshold } : {}),
      });
      for (let r = it.next(); ; r = it.next()) {
        if (r.done) return r.value.ok ? done(meta.requestId, r.value.value) : fail(meta.requestId, describeRadiomicsError(r.value.error, label));
        onProgress?.(r.value);
        await yieldToEventLoop();
        if (t.isCancelled()) return cancelled(meta.requestId);
      }
    },
  };
}
