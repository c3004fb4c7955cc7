import type { Geometry, Volume, VoxelArray } from '@caliper/core';
import { asPatient, patientToVoxel } from '@caliper/core';
import { alignRigid, clearMaskBbox, createEngineApi, createSupersession, measureRoi, roiToMask } from '@caliper/engine';
import type { AdcProvenance, AlignRigidOptions, AlignRigidResult, CroppedMask, EngineReply, MeasureResult, RequestMeta, RoiSpec } from '@caliper/engine';
import type { RoiShape } from '../model/shapes';
import { compactVolume, scaleVolume } from './compactVolume';
import { defaultGrowBounds } from './growDefaults';
import { growCropped } from './growCropped';
import type { GrowBounds } from './growDefaults';
import { measureShape } from './measureShape';
import { shapeRegionMask } from './shapeRegionMask';
import { publishLive } from '../live/liveSlots';
import type { MeasureShapeOptions, ShapeMeasurement } from './measureShape';
import { burdenScratchFor, runBurden } from '../../burden/worker/runBurden';
import type { BurdenScratch } from '../../burden/worker/runBurden';
import type { BurdenAddReply, BurdenAddRequest, BurdenReply, BurdenRequest, BurdenSplitReply, BurdenSplitRequest } from '../../burden/model/burdenTypes';
import { addBurdenLesion } from '../../burden/worker/addBurdenLesion';
import { splitBurdenLesion } from '../../burden/worker/splitBurdenLesion';
import { measureLesionsHypoxia, measurePetReferences } from '../../burden/worker/referenceOps';
import type { HypoxiaOutcome, PetReferenceKind, PetReferenceOutcome } from '../../burden/worker/referenceOps';
import { proposeReferenceCenters } from '@caliper/engine/burden/proposeReferenceCenters';
import type { ReferenceCenterProposals } from '@caliper/engine/burden/proposeReferenceCenters';
import type { RadiomicsPerturbProgress, RadiomicsProgress, RadiomicsResult, RadiomicsSettings, RobustnessResult } from '@caliper/engine';
import { radiomicsRoi } from '../../radiomics/worker/radiomicsRoi';

/** How a volume's stored values become its reported unit. */
export interface VolumeScaling {
  /** SUV factors per slice (k order) when SUV is computable; the volume is then measured in `suvUnit`. */
  readonly suvFactorPerSlice?: readonly number[];
  readonly suvUnit?: 'SUVbw' | 'SUL' | 'SUVbsa';
  /** Why SUV cannot be computed (the volume stays in its stored unit, e.g. Bq/mL). */
  readonly suvError?: string;
  readonly adc?: AdcProvenance;
}

export interface GrowReply {
  readonly bounds: GrowBounds;
  readonly mask: CroppedMask;
  readonly voxelCount: number;
  readonly truncated: boolean;
  readonly measurement: ShapeMeasurement;
  /**
   * Worker time (ms): bounds + grow + crop, and measuring the preview; `startedAt`/`finishedAt`: when
   * the call began and replied (epoch ms, timeOrigin + now). The main thread adds the round trip and
   * the time to and from the worker.
   */
  readonly timings: {
    readonly growMs: number; readonly measureMs: number; readonly startedAt: number; readonly finishedAt: number;
    readonly roundTripMs?: number; readonly toWorkerMs?: number; readonly fromWorkerMs?: number;
  };
}

/** When the worker got a measure request and sent its reply (ms since the epoch: comparable across threads). */
export interface WorkerTiming {
  readonly receivedAt: number;
  readonly repliedAt: number;
}
const epochMs = (): number => performance.timeOrigin + performance.now();

/** A live measurement: the shape's numbers plus when the worker handled it. */
export type LiveMeasurement = ShapeMeasurement & { readonly timing: WorkerTiming };

/** Largest region a click-to-grow may take (voxels): a runaway guard (~6 L of CT at 0.78×0.78×2.5 mm). */
export const MAX_GROW_VOXELS = 1 << 22;

/** The viewer's engine worker API: the engine's own (CLI-identical measure) plus the live tools'. */
export interface MeasureApi {
  putVolume(id: string, volume: Volume, scaling?: VolumeScaling): { voxelCount: number; unit: string };
  setScaling(id: string, scaling: VolumeScaling): { unit: string } | null;
  dropVolume(id: string): boolean;
  hasVolume(id: string): boolean;
  cancel(channel: string): void;
  /** With `publish`, the result is also put in the live slots (see live/liveSlots.ts) under `meta.channel`. */
  measure(volumeId: string, shape: RoiShape, meta: RequestMeta, options?: Pick<MeasureShapeOptions, 'skipShape'> & { publish?: boolean }): Promise<EngineReply<LiveMeasurement>>;
  /** Shared memory for live results (null: none; replies by message only). */
  setLiveSlots(sab: SharedArrayBuffer | null): void;
  /** The voxels a lesion shape selects (a PET threshold ROI: the thresholded lesion), bbox-cropped in the full grid's index, to outline on screen. */
  regionMask(volumeId: string, shape: RoiShape, meta: RequestMeta): Promise<EngineReply<CroppedMask>>;
  /**
   * Click-to-grow from a seed (patient mm). Missing bounds (one or both) take the local defaults
   * (defaultGrowBounds). `fullMeasure`: the region is measured in full (mesh shape too), as an
   * accepted lesion is (the automation API grows and accepts in one round trip); else the preview's
   * measurement skips the shape.
   */
  grow(volumeId: string, seedMm: readonly [number, number, number], bounds: Partial<GrowBounds> | undefined, meta: RequestMeta, options?: { readonly fullMeasure?: boolean }): Promise<EngineReply<GrowReply>>;
  /** `caliper measure`'s path: RoiSpec JSON → the CLI's result document (same engine function), with the worker's compute time (ms). */
  measureSpec(volumeId: string, spec: RoiSpec, meta: RequestMeta): Promise<EngineReply<{ readonly result: MeasureResult; readonly computeMs: number }>>;
  /** Rigid alignment current → prior (patient LPS mm) of two volumes already put here (prior = fixed). */
  align(priorId: string, currentId: string, options: AlignRigidOptions, meta: RequestMeta): Promise<EngineReply<AlignRigidResult>>;
  /** ADC map (10⁻³ mm²/s) from b-value images, kept as volume `id`; returns the map. */
  fitAdc(id: string, images: readonly VoxelArray[], bValues: readonly number[], geometry: Geometry, seriesInstanceUID: string, meta: RequestMeta): Promise<EngineReply<Float32Array>>;
  /** Whole-body PET burden (issue 14, as `caliper burden`) on the SUVbw PET volume `volumeId`; refused with the reason when SUV is not computable. */
  burden(volumeId: string, options: BurdenRequest, meta: RequestMeta): Promise<EngineReply<BurdenReply>>;
  /** The reader adds the lesion under a click (engine addLesionAt); a refusal is a value with its reason. */
  burdenAdd(volumeId: string, request: BurdenAddRequest, meta: RequestMeta): Promise<EngineReply<BurdenAddReply>>;
  /** The reader splits a lesion between clicked points (engine splitLesion), each part re-measured. */
  burdenSplit(volumeId: string, request: BurdenSplitRequest, meta: RequestMeta): Promise<EngineReply<BurdenSplitReply>>;
  /** Reference regions (liver/spleen/parotid/muscle spheres, PERCIST blood-pool cylinder) on the SUVbw PET, each measured or refused with its reason. */
  petReferences(volumeId: string, centers: Partial<Record<PetReferenceKind, readonly [number, number, number]>>, meta: RequestMeta): Promise<EngineReply<Partial<Record<PetReferenceKind, PetReferenceOutcome>>>>;
  /** Hypoxia of whole-body lesions (FMISO T/B, FAZA T/M; hypoxic volume at the ratio threshold). */
  hypoxia(volumeId: string, lesions: readonly { id: number; mask: CroppedMask }[], options: Parameters<typeof measureLesionsHypoxia>[2], meta: RequestMeta): Promise<EngineReply<HypoxiaOutcome[]>>;
  /** Caliper's proposed reference-region centres on the SUVbw PET `petId` (with the CT `ctId` in HU when given: same frame of reference). */
  proposeReferences(petId: string, ctId: string | null, options: { psma: boolean }, meta: RequestMeta): Promise<EngineReply<ReferenceCenterProposals>>;
  /** Every IBSI-1 feature of a lesion shape (issue 19, as `caliper radiomics`), cancellable between its steps; `onProgress` is a Comlink proxy. */
  radiomics(volumeId: string, shape: RoiShape, settings: RadiomicsSettings, meta: RequestMeta, onProgress?: (p: RadiomicsProgress) => void): Promise<EngineReply<RadiomicsResult>>;
  /** Robustness of those features under perturbation (perturbRadiomics); `cohort`: other lesions' shapes on the same series (ICC subjects). */
  radiomicsPerturb(volumeId: string, shape: RoiShape, settings: RadiomicsSettings, meta: RequestMeta, cohort: readonly RoiShape[], onProgress?: (p: RadiomicsPerturbProgress) => void): Promise<EngineReply<RobustnessResult>>;
}

/**
 * A macrotask boundary (queued newer requests run first) without setTimeout's clamping (≥ 1–4 ms
 * in workers): a MessageChannel round trip, where available.
 */
function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      r();
    };
    ch.port2.postMessage(0);
  });
}

interface Entry {
  readonly raw: Volume;
  current: Volume;
  scaling: VolumeScaling;
}

export function createMeasureApi(): MeasureApi {
  const engine = createEngineApi();
  const entries = new Map<string, Entry>();
  const sup = createSupersession();
  let scratch: { n: number; out: Uint8Array } | null = null;
  let liveSlots: SharedArrayBuffer | null = null;
  let burdenScratch: BurdenScratch | null = null;
  const cancelled = (requestId: string | number) => ({ cancelled: true as const, requestId });
  const fail = (requestId: string | number, error: string) => ({ cancelled: false as const, requestId, ok: false as const, error });
  const done = <T>(requestId: string | number, value: T) => ({ cancelled: false as const, requestId, ok: true as const, value });

  const apply = (e: Entry, id: string) => {
    const s = e.scaling;
    e.current = s.suvFactorPerSlice && s.suvUnit ? scaleVolume(e.raw, s.suvFactorPerSlice, s.suvUnit) : e.raw;
    engine.putVolume(id, e.current);
  };
  const options = (e: Entry): MeasureShapeOptions => ({
    ...(e.scaling.suvError !== undefined && !e.scaling.suvFactorPerSlice ? { suvError: e.scaling.suvError } : {}),
    ...(e.scaling.adc ? { adc: e.scaling.adc } : {}),
  });

  const api: MeasureApi = {
    putVolume(id, volume, scaling = {}) {
      const e: Entry = { raw: compactVolume(volume), current: volume, scaling };
      apply(e, id);
      entries.set(id, e);
      return { voxelCount: volume.data.length, unit: e.current.unit };
    },
    setScaling(id, scaling) {
      const e = entries.get(id);
      if (!e) return null;
      e.scaling = scaling;
      apply(e, id);
      return { unit: e.current.unit };
    },
    dropVolume: (id) => (engine.dropVolume(id), entries.delete(id)),
    hasVolume: (id) => entries.has(id),
    cancel: (channel) => {
      sup.cancel(channel);
      // Radiomics runs under the engine's own supersession (same channel names).
      engine.cancel(channel);
    },

    setLiveSlots: (sab) => {
      liveSlots = sab;
    },

    async measure(volumeId, shape, meta, { publish = false, ...opts } = {}) {
      const receivedAt = epochMs();
      const t = sup.begin(meta.channel);
      await yieldToEventLoop();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      try {
        const t0 = performance.now();
        const m = measureShape(e.current, shape, { ...options(e), ...opts });
        const value: LiveMeasurement = { ...m, computeMs: performance.now() - t0, timing: { receivedAt, repliedAt: epochMs() } };
        if (publish && liveSlots && meta.channel && typeof meta.requestId === 'number') publishLive(liveSlots, meta.channel, meta.requestId, value);
        return done(meta.requestId, value);
      } catch (x) {
        return fail(meta.requestId, x instanceof Error ? x.message : String(x));
      }
    },

    async regionMask(volumeId, shape, meta) {
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      try {
        // Cloned in the reply: only the ROI's bbox (as the grow preview's mask).
        return done(meta.requestId, shapeRegionMask(e.current, shape));
      } catch (x) {
        return fail(meta.requestId, x instanceof Error ? x.message : String(x));
      }
    },

    async align(priorId, currentId, options, meta) {
      const t = sup.begin(meta.channel);
      await yieldToEventLoop();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const p = entries.get(priorId), c = entries.get(currentId);
      if (!p || !c) return fail(meta.requestId, `no volume ${p ? currentId : priorId}`);
      const r = alignRigid(p.current, c.current, options);
      return r.ok ? done(meta.requestId, r.value) : fail(meta.requestId, r.error);
    },
    async grow(volumeId, seedMm, bounds, meta, { fullMeasure = false } = {}) {
      const startedAt = performance.timeOrigin + performance.now();
      const t = sup.begin(meta.channel);
      await yieldToEventLoop();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      const v = e.current, g = v.geometry;
      const s = patientToVoxel(g, asPatient(seedMm));
      const seed = [Math.round(s[0]), Math.round(s[1]), Math.round(s[2])] as const;
      if (seed.some((x, d) => x < 0 || x >= g.dimensions[d])) return fail(meta.requestId, 'seed outside the volume');
      const t0 = performance.now();
      const b = bounds?.lower !== undefined && bounds.upper !== undefined ? { lower: bounds.lower, upper: bounds.upper } : { ...defaultGrowBounds(v, seed), ...bounds };
      const n = v.data.length;
      // Zeroed once; growCropped leaves it zeroed (clears only the region's bbox).
      if (!scratch || scratch.n !== n) scratch = { n, out: new Uint8Array(n) };
      const r = growCropped(g.dimensions, v.data, seed, b.lower, b.upper, scratch.out, { maxVoxels: MAX_GROW_VOXELS });
      const t1 = performance.now();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const measurement = measureShape(v, { kind: 'mask', volumeId, mask: r.mask }, { ...options(e), skipShape: !fullMeasure });
      const t2 = performance.now();
      const timings = { growMs: t1 - t0, measureMs: t2 - t1, startedAt, finishedAt: performance.timeOrigin + t2 };
      return done(meta.requestId, { bounds: b, mask: r.mask, voxelCount: r.voxelCount, truncated: r.truncated, measurement, timings });
    },

    async measureSpec(volumeId, spec, meta) {
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      // The engine's own path (roiToMask + measureRoi), run at once: an API call has no channel to
      // be superseded on, so it skips the engine's setTimeout yield (clamped to ≥ 1–4 ms in workers).
      const v = e.current, n = v.data.length;
      if (!scratch || scratch.n !== n) scratch = { n, out: new Uint8Array(n) };
      const out = scratch.out;
      const t0 = performance.now();
      const m = roiToMask(v, spec, undefined, { out, outIsZeroed: true });
      if (!m.ok) return fail(meta.requestId, m.error);
      try {
        const result = measureRoi(v, m.value, options(e));
        return done(meta.requestId, { result, computeMs: performance.now() - t0 });
      } catch (x) {
        return fail(meta.requestId, x instanceof Error ? x.message : String(x));
      } finally {
        // The shared scratch is kept all-zero between requests (grow relies on it).
        if (m.value.data === out) clearMaskBbox(m.value);
      }
    },

    async burden(volumeId, request, meta) {
      const t = sup.begin(meta.channel);
      await yieldToEventLoop();
      if (t.isCancelled()) return cancelled(meta.requestId);
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      if (e.current.unit !== 'SUVbw') return fail(meta.requestId, `SUV cannot be computed: ${e.scaling.suvError ?? `the series is in ${e.current.unit}, not SUVbw`}`);
      const t0 = performance.now();
      burdenScratch = burdenScratchFor(e.current.data.length, burdenScratch);
      const r = runBurden(e.current, request, burdenScratch);
      return r.ok ? done(meta.requestId, { ...r.value, computeMs: performance.now() - t0 }) : fail(meta.requestId, r.error);
    },

    async burdenAdd(volumeId, request, meta) {
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      if (e.current.unit !== 'SUVbw') return fail(meta.requestId, `SUV cannot be computed: ${e.scaling.suvError ?? `the series is in ${e.current.unit}, not SUVbw`}`);
      burdenScratch = burdenScratchFor(e.current.data.length, burdenScratch);
      return done(meta.requestId, addBurdenLesion(e.current, request, burdenScratch));
    },

    async burdenSplit(volumeId, request, meta) {
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      const r = splitBurdenLesion(e.current, request);
      return r.ok ? done(meta.requestId, r.value) : fail(meta.requestId, r.error);
    },

    async petReferences(volumeId, centers, meta) {
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      if (e.current.unit !== 'SUVbw') return fail(meta.requestId, `SUV cannot be computed: ${e.scaling.suvError ?? `the series is in ${e.current.unit}, not SUVbw`}`);
      return done(meta.requestId, measurePetReferences(e.current, centers));
    },

    async hypoxia(volumeId, lesions, options, meta) {
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      if (e.current.unit !== 'SUVbw') return fail(meta.requestId, `SUV cannot be computed: ${e.scaling.suvError ?? `the series is in ${e.current.unit}, not SUVbw`}`);
      return done(meta.requestId, measureLesionsHypoxia(e.current, lesions, options));
    },

    async proposeReferences(petId, ctId, options, meta) {
      const e = entries.get(petId);
      if (!e) return fail(meta.requestId, `no volume ${petId}`);
      if (e.current.unit !== 'SUVbw') return fail(meta.requestId, `SUV cannot be computed: ${e.scaling.suvError ?? `the series is in ${e.current.unit}, not SUVbw`}`);
      const ct = ctId ? entries.get(ctId)?.current ?? null : null;
      return done(meta.requestId, proposeReferenceCenters(e.current, { ct: ct && ct.unit === 'HU' ? ct : null, psma: options.psma }));
    },

    async radiomics(volumeId, shape, settings, meta, onProgress) {
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      return engine.radiomics(volumeId, radiomicsRoi(e.current, shape), settings, meta, onProgress);
    },

    async radiomicsPerturb(volumeId, shape, settings, meta, cohort, onProgress) {
      const e = entries.get(volumeId);
      if (!e) return fail(meta.requestId, `no volume ${volumeId}`);
      const others = cohort.map((c) => radiomicsRoi(e.current, c)).filter((m) => m.bbox !== null);
      return engine.radiomicsPerturb(volumeId, radiomicsRoi(e.current, shape), settings, meta, { cohort: others }, onProgress);
    },

    async fitAdc(id, images, bValues, geometry, seriesInstanceUID, meta) {
      const r = await engine.fitAdc({ images, bValues }, meta);
      if (r.cancelled || !r.ok) return r;
      const adc: AdcProvenance = { bValues: [...bValues], fit: 'log-linear least squares' };
      api.putVolume(id, { geometry, data: r.value, unit: '10^-3 mm2/s', modality: 'MR', seriesInstanceUID }, { adc });
      return r;
    },
  };
  return api;
}
