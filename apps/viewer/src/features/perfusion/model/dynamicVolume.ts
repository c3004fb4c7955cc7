import { imageLoader } from '@cornerstonejs/core';
import type { Geometry, VoxelArray } from '@caliper/core';
import type { DynamicSeries } from '@caliper/engine';
import type { Instance } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { prefetchedInstance } from '../../../viewports/prefetch';
import { prepareSeries } from '../../../viewports/prepareSeries';
import { planDynamicSeries } from './planDynamicSeries';
import type { DynamicPlan } from './planDynamicSeries';
import type { PerfusionKind } from './perfusionKind';

/** r1 of gadolinium chelates at 1.5–3 T (/mM/s), `caliper dce`'s default. */
export const DEFAULT_R1_PER_MM_S = 4.5;
/** Fixed T10 (ms) until the reader gives one or a VFA series: `caliper dce` has no default, the viewer's panel starts here. */
export const DEFAULT_T10_MS = 1000;

/** A dynamic series loaded for perfusion: every phase on one grid, in the engine's form. */
export interface DynamicVolume {
  /**
   * The engine's series. Defaults until the analysis sets them: baselineCount 1 (set from the bolus
   * arrival), t10Ms DEFAULT_T10_MS (or a VFA map), r1PerMmS DEFAULT_R1_PER_MM_S.
   */
  readonly series: DynamicSeries & { readonly phases: readonly VoxelArray[]; readonly timesS: readonly number[] };
  readonly geometry: Geometry;
  /** s after the first phase. */
  readonly timesS: readonly number[];
  /** e.g. 'TriggerTime (0018,1060)'. */
  readonly timeSource: string;
  /** e.g. 'TemporalPositionIdentifier (0020,0100)'. */
  readonly groupedBy: string;
  /** '#7 DCE 3D SPGR dynamic <UID>', as `caliper dce` names it. */
  readonly label: string;
  readonly seriesUID: string;
  /** Cornerstone imageIds of each phase in slice (k) order. */
  readonly phaseImageIds: readonly (readonly string[])[];
  /** DCE, DSC or CT perfusion, and why (classifyDynamic). */
  readonly kind: PerfusionKind;
  readonly kindWhy: string;
  /** EchoTime (ms): DSC's ΔR2* = −ln(S/S0)/TE. */
  readonly teMs?: number;
}

const plans = new Map<string, Promise<DynamicPlanOf>>();
const volumes = new Map<string, Promise<DynamicVolume>>();

interface DynamicPlanOf {
  readonly plan: DynamicPlan;
  readonly imageIds: readonly (readonly string[])[];
}

/**
 * Headers only: how a series splits into phases (null when it is not dynamic: one image per slice
 * position, or not MR). Other problems (non-monotonic times, FlipAngle/TR missing…) reject with a
 * message naming the series. Cached.
 */
export function planDynamicVolume(seriesUID: string): Promise<DynamicPlanOf | null> {
  const cached = plans.get(seriesUID);
  if (cached) return cached;
  const p = (async () => {
    const entry = appStore.getState().series[seriesUID];
    if (!entry) throw new Error(`unknown series ${seriesUID}`);
    const ids = await prepareSeries(entry);
    const byInstance = new Map<Instance, string>();
    for (const id of ids) {
      const inst = prefetchedInstance(id);
      if (inst) byInstance.set(inst, id);
    }
    if (byInstance.size < ids.length) throw new Error(`series ${seriesUID} (${entry.seriesDescription}): headers of ${ids.length - byInstance.size} images were not read`);
    const r = planDynamicSeries([...byInstance.keys()]);
    if (!r.ok) {
      if (/not a dynamic series/.test(r.error)) throw Object.assign(new Error(r.error), { notDynamic: true });
      throw new Error(r.error);
    }
    return { plan: r.value, imageIds: r.value.phases.map((ph) => ph.map((i) => byInstance.get(i)!)) };
  })();
  plans.set(seriesUID, p);
  return p;
}

/**
 * Loads a dynamic series' phases into one engine `DynamicSeries` (the values Cornerstone decodes,
 * rescaled; the stored integer type kept when there is no rescale), with its grid, phase times and
 * time source. `onProgress(done, total)` counts images. Rejects with a message naming the series
 * and what is missing or wrong. Cached per series (the same arrays for every caller: do not modify).
 */
export function loadDynamicVolume(seriesUID: string, onProgress?: (done: number, total: number) => void): Promise<DynamicVolume> {
  const cached = volumes.get(seriesUID);
  if (cached) return cached;
  const p = (async () => {
    const planned = await planDynamicVolume(seriesUID).catch((e: unknown) => {
      throw e instanceof Error && 'notDynamic' in e ? new Error(e.message) : e;
    });
    if (!planned) throw new Error(`series ${seriesUID}: not a dynamic series`);
    const { plan, imageIds } = planned;
    const [ni, nj, nk] = plan.geometry.dimensions;
    const np = ni * nj;
    const total = imageIds.length * nk;
    let done = 0;
    const images = await Promise.all(imageIds.map((phase) => Promise.all(phase.map(async (id) => {
      const image = await imageLoader.loadAndCacheImage(id);
      onProgress?.(++done, total);
      return image;
    }))));
    const flat = images.flat();
    // A loader that hands out pixels already in modality units (Cornerstone's preScale) keeps the
    // image's slope/intercept for reference: applying them again would shift CT by the intercept.
    const prescaled = (im: (typeof flat)[number]) => !!(im as { preScale?: { scaled?: boolean } }).preScale?.scaled;
    const slopeOf = (im: (typeof flat)[number]) => (prescaled(im) ? 1 : im.slope ?? 1);
    const interceptOf = (im: (typeof flat)[number]) => (prescaled(im) ? 0 : im.intercept ?? 0);
    const unscaled = flat.every((im) => slopeOf(im) === 1 && interceptOf(im) === 0);
    const sample = flat[0].getPixelData();
    const Ctor = unscaled && (sample instanceof Uint16Array || sample instanceof Int16Array) && flat.every((im) => im.getPixelData().constructor === sample.constructor)
      ? (sample.constructor as Uint16ArrayConstructor | Int16ArrayConstructor)
      : Float32Array;
    const phases = images.map((phase) => {
      const out = new Ctor(np * nk);
      phase.forEach((im, k) => {
        const px = im.getPixelData();
        if (px.length !== np) throw new Error(`${plan.label}: image ${imageIds[0][k]} has ${px.length} pixels, the grid ${np}`);
        const s = slopeOf(im), b = interceptOf(im);
        if (Ctor === Float32Array) for (let q = 0; q < np; q++) out[k * np + q] = px[q] * s + b;
        else out.set(px as ArrayLike<number>, k * np);
      });
      return out as VoxelArray;
    });
    return {
      series: { phases, timesS: plan.timesS, baselineCount: 1, flipAngleDeg: plan.flipAngleDeg, trMs: plan.trMs, t10Ms: DEFAULT_T10_MS, r1PerMmS: DEFAULT_R1_PER_MM_S },
      geometry: plan.geometry,
      timesS: plan.timesS,
      timeSource: plan.timeSource,
      groupedBy: plan.groupedBy,
      label: plan.label,
      seriesUID,
      phaseImageIds: imageIds,
      kind: plan.kind,
      kindWhy: plan.kindWhy,
      ...(plan.teMs !== undefined ? { teMs: plan.teMs } : {}),
    };
  })();
  volumes.set(seriesUID, p);
  p.catch(() => volumes.delete(seriesUID));
  return p;
}
