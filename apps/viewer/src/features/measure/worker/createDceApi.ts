import type { Geometry, Volume, VoxelArray } from '@caliper/core';
import { createSupersession, fitVfaT1Map } from '@caliper/engine';
import type { DynamicSeries, EngineReply, RequestMeta } from '@caliper/engine';
import type { RoiShape } from '../model/shapes';
import { measureDceRoi } from './measureDceRoi';
import type { DceRoiResult, MeasureDceRoiOptions } from './measureDceRoi';
import { maskVoxels } from './maskVoxels';
import { shapeRegionMask } from './shapeRegionMask';
import { suggestVesselVoxels } from './suggestVesselVoxels';
import type { SuggestVesselOptions, VesselSuggestion } from './suggestVesselVoxels';
import { measurePerfusionRoi } from '../../perfusion/worker/measurePerfusionRoi';
import type { PerfusionRoiResult } from '../../perfusion/worker/measurePerfusionRoi';

/** A dynamic series as put into the worker (phases transferred; T10 set later). */
export interface DynamicInput {
  readonly phases: readonly VoxelArray[];
  readonly timesS: readonly number[];
  readonly flipAngleDeg: number;
  readonly trMs: number;
  readonly geometry: Geometry;
  readonly seriesInstanceUID: string;
}

/** What the panel asks for one ROI: the fit settings, the AIF as a shape (vessel ROI) or population. */
export interface DceRoiRequest extends Omit<MeasureDceRoiOptions, 'aif'> {
  readonly aif: { readonly type: 'parker' | 'weinmann' } | { readonly type: 'roi'; readonly shape: RoiShape } | { readonly type: 'voxels'; readonly voxels: ArrayLike<number> };
  readonly r1PerMmS: number;
  /** While drawing: reuse the arrival last detected on this channel instead of detecting again (≈ 300 ms). */
  readonly reuseDetectedArrival?: boolean;
}

export type DceRoiReply = DceRoiResult & { readonly computeMs: number };

/** DSC / CT perfusion of one ROI: the arterial ROI (shape or suggested voxels), the reference (DSC) or venous (CT) ROI. */
export interface PerfusionRoiRequest {
  readonly kind: 'dsc' | 'ctp';
  readonly teMs?: number;
  readonly aif: { readonly type: 'roi'; readonly shape: RoiShape } | { readonly type: 'voxels'; readonly voxels: ArrayLike<number> };
  readonly second?: RoiShape | null;
  readonly baselineCount?: number;
}

export type PerfusionRoiReply = PerfusionRoiResult & { readonly computeMs: number };

/** The worker's DCE operations (issue 15): thin wrappers over measureDceRoi and the engine. */
export interface DceApi {
  putDynamic(id: string, input: DynamicInput): { phases: number; voxelCount: number };
  dropDynamic(id: string): boolean;
  /** T10 (ms): one value, or fitted per voxel from VFA images on the same grid (SPGR equation); returns the map's median over fitted voxels. */
  setDceT10(id: string, t10: number | { readonly images: readonly VoxelArray[]; readonly flipAnglesDeg: readonly number[]; readonly trMs: number }): { medianMs: number | null };
  /** `caliper dce --roi` on the ROI a shape selects (on the grid of the dynamic series). */
  dceRoi(id: string, shape: RoiShape, request: DceRoiRequest, meta: RequestMeta): Promise<EngineReply<DceRoiReply>>;
  /** DSC / CT perfusion of the ROI a shape selects (measurePerfusionRoi), against the request's arterial ROI. */
  perfusionRoi(id: string, shape: RoiShape, request: PerfusionRoiRequest, meta: RequestMeta): Promise<EngineReply<PerfusionRoiReply>>;
  /** The brightest early-enhancing voxels (a vessel to draw the AIF ROI on; DSC: the darkest early-dropping). */
  suggestVessel(id: string, options?: SuggestVesselOptions): VesselSuggestion | null;
}

interface Entry {
  readonly input: DynamicInput;
  t10: number | Float32Array;
  /** Phase of highest mean signal: ROIs' value-based forms read it (as `caliper dce`). */
  readonly reference: Volume;
}

export function createDceApi(): DceApi {
  const entries = new Map<string, Entry>();
  const sup = createSupersession();
  const detected = new Map<string, number>();
  const cancelled = (requestId: string | number) => ({ cancelled: true as const, requestId });
  const fail = (requestId: string | number, error: string) => ({ cancelled: false as const, requestId, ok: false as const, error });
  const seriesOf = (e: Entry, r1PerMmS: number): DynamicSeries => ({ phases: e.input.phases, timesS: e.input.timesS, baselineCount: 1, flipAngleDeg: e.input.flipAngleDeg, trMs: e.input.trMs, t10Ms: e.t10, r1PerMmS });
  return {
    putDynamic(id, input) {
      let peak = 0, best = -Infinity;
      input.phases.forEach((p, q) => {
        let s = 0;
        for (let v = 0; v < p.length; v++) s += p[v];
        if (s > best) [best, peak] = [s, q];
      });
      const reference: Volume = { geometry: input.geometry, data: input.phases[peak], unit: 'raw', modality: 'MR', seriesInstanceUID: input.seriesInstanceUID };
      entries.set(id, { input, t10: 0, reference });
      return { phases: input.phases.length, voxelCount: input.phases[0]?.length ?? 0 };
    },
    dropDynamic: (id) => entries.delete(id),
    setDceT10(id, t10) {
      const e = entries.get(id);
      if (!e) throw new Error(`no dynamic series ${id}`);
      if (typeof t10 === 'number') {
        e.t10 = t10;
        return { medianMs: t10 };
      }
      const map = fitVfaT1Map(t10.images, t10.flipAnglesDeg, t10.trMs);
      e.t10 = map;
      const ok = Array.from(map).filter((x) => x > 0).sort((a, b) => a - b);
      return { medianMs: ok.length ? ok[ok.length >> 1] : null };
    },
    async dceRoi(id, shape, request, meta) {
      const t = sup.begin(meta.channel);
      await new Promise((r) => setTimeout(r, 0));
      if (t.isCancelled()) return cancelled(meta.requestId);
      const e = entries.get(id);
      if (!e) return fail(meta.requestId, `no dynamic series ${id}`);
      if (e.t10 === 0) return fail(meta.requestId, 'T10 unknown: give a fixed T10 or a VFA series');
      const t0 = performance.now();
      try {
        const voxels = maskVoxels(shapeRegionMask(e.reference, shape));
        const a = request.aif;
        const aif = a.type === 'roi' ? { type: 'roi' as const, voxels: maskVoxels(shapeRegionMask(e.reference, a.shape)) } : a.type === 'voxels' ? { type: 'roi' as const, voxels: a.voxels } : a;
        const reuse = request.bolusArrivalS === undefined && request.reuseDetectedArrival && meta.channel ? detected.get(meta.channel) : undefined;
        const r = measureDceRoi(seriesOf(e, request.r1PerMmS), voxels, { ...request, aif, ...(reuse !== undefined ? { bolusArrivalS: reuse } : {}) });
        if (!r.ok) return fail(meta.requestId, r.error);
        if (request.bolusArrivalS === undefined && meta.channel && reuse === undefined) detected.set(meta.channel, r.value.bolusArrivalS);
        const value = reuse !== undefined ? { ...r.value, bolusArrivalMethod: 'previous detection on this ROI (re-detected when drawing stops)' } : r.value;
        return { cancelled: false as const, requestId: meta.requestId, ok: true as const, value: { ...value, computeMs: performance.now() - t0 } };
      } catch (x) {
        return fail(meta.requestId, x instanceof Error ? x.message : String(x));
      }
    },
    async perfusionRoi(id, shape, request, meta) {
      const t = sup.begin(meta.channel);
      await new Promise((r) => setTimeout(r, 0));
      if (t.isCancelled()) return cancelled(meta.requestId);
      const e = entries.get(id);
      if (!e) return fail(meta.requestId, `no dynamic series ${id}`);
      const t0 = performance.now();
      try {
        const voxelsOf = (s: RoiShape) => maskVoxels(shapeRegionMask(e.reference, s));
        const a = request.aif;
        const r = measurePerfusionRoi(e.input.phases, e.input.timesS, { tissue: voxelsOf(shape), aif: a.type === 'roi' ? voxelsOf(a.shape) : a.voxels, second: request.second ? voxelsOf(request.second) : null }, {
          kind: request.kind, ...(request.teMs !== undefined ? { teMs: request.teMs } : {}), ...(request.baselineCount ? { baselineCount: request.baselineCount } : {}),
        });
        if (!r.ok) return fail(meta.requestId, r.error);
        return { cancelled: false as const, requestId: meta.requestId, ok: true as const, value: { ...r.value, computeMs: performance.now() - t0 } };
      } catch (x) {
        return fail(meta.requestId, x instanceof Error ? x.message : String(x));
      }
    },
    suggestVessel(id, options) {
      const e = entries.get(id);
      return e ? suggestVesselVoxels(e.input.phases, e.input.timesS, e.input.geometry, options) : null;
    },
  };
}
