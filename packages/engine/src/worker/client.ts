import * as Comlink from 'comlink';
import type { Volume } from '@caliper/core';
import type { EngineApi, EngineReply, FitAdcRequest, GrowReplyValue, GrowSpec, MeasureReplyValue, RadiomicsPerturbProgress, RadiomicsPerturbRequest, RadiomicsProgress, RequestMeta } from './createEngineApi';
import type { RobustnessResult } from '../radiomics/perturb/types';
import type { RadiomicsResult } from '../radiomics/computeRadiomics';
import type { RadiomicsSettings } from '../radiomics/settings/radiomicsSettings';
import type { CroppedMask } from './cropMask';
import type { RoiSpec } from '../roi/roiSpec';
import type { MeasureRoiOptions } from '../measure/measureRoi';

export interface PutVolumeOptions {
  /** Transfer a non-shared buffer to the worker (it is detached here afterwards). Default true;
   *  false copies it (slow: ~7 ms/MB). SharedArrayBuffer-backed data is always shared, never copied. */
  readonly transfer?: boolean;
}

/** Typed main-thread client of engine.worker.ts. */
export interface EngineClient {
  putVolume(id: string, volume: Volume, options?: PutVolumeOptions): Promise<{ voxelCount: number }>;
  dropVolume(id: string): Promise<boolean>;
  cancel(channel: string): Promise<void>;
  measure(volumeId: string, roi: RoiSpec | CroppedMask, meta: RequestMeta, options?: MeasureRoiOptions & { returnMask?: boolean }): Promise<EngineReply<MeasureReplyValue>>;
  grow(volumeId: string, spec: GrowSpec, meta: RequestMeta): Promise<EngineReply<GrowReplyValue>>;
  /** The b-value images are transferred (detached here) unless they are SharedArrayBuffer-backed. */
  fitAdc(request: FitAdcRequest, meta: RequestMeta): Promise<EngineReply<Float32Array>>;
  /** Every IBSI-1 feature of one ROI; `onProgress` hears each finished step; cancel() on the channel stops it between steps. */
  radiomics(volumeId: string, roi: RoiSpec | CroppedMask, settings: RadiomicsSettings, meta: RequestMeta, onProgress?: (p: RadiomicsProgress) => void): Promise<EngineReply<RadiomicsResult>>;
  /** Robustness of every feature under perturbations (perturbRadiomics); progress per radiomics step; cancel() on the channel stops it. */
  radiomicsPerturb(volumeId: string, roi: RoiSpec | CroppedMask, settings: RadiomicsSettings, meta: RequestMeta, request?: RadiomicsPerturbRequest, onProgress?: (p: RadiomicsPerturbProgress) => void): Promise<EngineReply<RobustnessResult>>;
  /** Stop using the worker (the caller terminates it). */
  release(): void;
}

const isShared = (b: ArrayBufferLike): boolean => typeof SharedArrayBuffer !== 'undefined' && b instanceof SharedArrayBuffer;

/** Wrap an engine worker (or any comlink endpoint exposing EngineApi). */
export function createEngineClient(worker: Comlink.Endpoint): EngineClient {
  const remote = Comlink.wrap<EngineApi>(worker);
  return {
    putVolume(id, volume, options = {}) {
      const buf = volume.data.buffer;
      const transfer = options.transfer !== false && !isShared(buf);
      return remote.putVolume(id, transfer ? Comlink.transfer(volume, [buf as ArrayBuffer]) : volume);
    },
    dropVolume: (id) => remote.dropVolume(id),
    cancel: (channel) => remote.cancel(channel),
    measure: (volumeId, roi, meta, options) => remote.measure(volumeId, roi, meta, options),
    grow: (volumeId, spec, meta) => remote.grow(volumeId, spec, meta),
    fitAdc(request, meta) {
      const bufs = [...new Set(request.images.map((a) => a.buffer).filter((b) => !isShared(b)))] as ArrayBuffer[];
      return remote.fitAdc(Comlink.transfer(request, bufs), meta);
    },
    radiomics: (volumeId, roi, settings, meta, onProgress) => remote.radiomics(volumeId, roi, settings, meta, onProgress ? Comlink.proxy(onProgress) : undefined),
    radiomicsPerturb: (volumeId, roi, settings, meta, request, onProgress) => remote.radiomicsPerturb(volumeId, roi, settings, meta, request, onProgress ? Comlink.proxy(onProgress) : undefined),
    release: () => remote[Comlink.releaseProxy](),
  };
}
