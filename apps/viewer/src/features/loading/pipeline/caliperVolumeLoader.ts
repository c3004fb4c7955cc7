import { StreamingImageVolume, utilities, type Types } from '@cornerstonejs/core';
import { existingSeriesLoad, type SeriesLoad } from './seriesLoad';
import { ensureMetadata } from './registerMetadata';
import { volumeLayout } from './volumeLayout';
import { renderThrottle } from './renderThrottle';
import { suvbwOf } from '../../../viewports/suvRegistry';

export const CALIPER_VOLUME_SCHEME = 'caliperVolume';

type VolumeProps = ConstructorParameters<typeof StreamingImageVolume>[0];
type StreamingProps = ConstructorParameters<typeof StreamingImageVolume>[1];

/**
 * A Cornerstone streaming volume whose frames come from Caliper's pipeline instead of Cornerstone's
 * image loader: each slice is already decoded into its place when the volume hears of it, so
 * "loading" a frame is only flagging its texture slab for upload (progressive MPR).
 */
class CaliperVolume extends StreamingImageVolume {
  private attached = false;

  constructor(props: VolumeProps, streaming: StreamingProps, private readonly source: SeriesLoad) {
    super(props, streaming);
  }

  override load(callback?: (evt: unknown) => void): void {
    const status = this.loadStatus;
    if (status.loaded) {
      callback?.({ success: true, framesLoaded: this.imageIds.length, framesProcessed: this.imageIds.length, numFrames: this.numFrames, totalNumFrames: this.imageIds.length });
      return;
    }
    if (callback) status.callbacks.push(callback as never);
    if (this.attached) return;
    this.attached = true;
    status.loading = true;
    // Progressive renders on our own schedule (renderThrottle), not every 2 % of the frames.
    this.autoRenderOnLoad = false;
    const throttle = renderThrottle(async () => {
      utilities.autoLoad(this.volumeId);
      await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
    this.totalNumFrames = this.imageIds.length;
    this.reRenderFraction = this.totalNumFrames * 0.02;
    this.reRenderTarget = this.reRenderFraction;
    const index = new Map(this.imageIds.map((id, i) => [id, i]));
    const seen = new Set<string>();
    const take = (id: string, failure?: string) => {
      const i = index.get(id);
      if (i === undefined || seen.has(id)) return;
      const slot = this.source.slots[this.source.indexOf(id)];
      if (failure && slot.failed) {
        seen.add(id);
        this.errorCallback(id, true, new Error(failure));
        if (status.loaded) void throttle.flush();
        return;
      }
      if (!slot.image) return;
      seen.add(id);
      this.updateTextureAndTriggerEvents(i, id);
      if (status.loaded) void throttle.flush();
      else throttle.request();
    };
    const off = this.source.onLand((id, failure) => {
      take(id, failure);
      if (status.loaded) off();
    });
    for (const s of this.source.slots) if (s.image || s.failed) take(s.id, s.failed);
  }
}

/**
 * `volumeLoader.registerVolumeLoader('caliperVolume', caliperVolumeLoader)`: the volume of a series
 * whose SeriesLoad was started (volumes.ts), laid out from its headers as Cornerstone's streaming
 * loader would, over the pipeline's images.
 */
export function caliperVolumeLoader(volumeId: string): { promise: Promise<Types.IImageVolume>; decache: () => void; cancel: () => void } {
  const uid = volumeId.slice(CALIPER_VOLUME_SCHEME.length + 1);
  const promise = (async () => {
    const load = existingSeriesLoad(uid);
    if (!load) throw new Error(`no load started for series ${uid}`);
    const ids = await load.headersDone;
    const heads = ids.map((id) => load.slots[load.indexOf(id)].head!);
    const layout = volumeLayout(heads.map((h) => ({ rows: h.rows, columns: h.columns, position: h.imagePositionPatient, orientation: h.imageOrientationPatient, pixelSpacing: h.pixelSpacing })));
    if (typeof layout === 'string') throw new Error(`series ${uid} cannot be shown as a volume: ${layout}`);
    const imageIds = layout.order.map((i) => ids[i]);
    await ensureMetadata(imageIds[0], undefined, heads[layout.order[0]]);
    const volume = new CaliperVolume(
      {
        volumeId,
        metadata: utilities.makeVolumeMetadata(imageIds),
        dimensions: layout.dimensions,
        spacing: layout.spacing,
        origin: layout.origin,
        direction: layout.direction,
        imageIds,
        dataType: load.dataType ?? 'Float32Array',
        numberOfComponents: 1,
      } as unknown as VolumeProps,
      { imageIds, loadStatus: { loaded: false, loading: false, cancelled: false, cachedFrames: [], callbacks: [] } } as unknown as StreamingProps,
      load,
    );
    volume.isPreScaled = true;
    const suvbw = suvbwOf(imageIds[0]);
    // As Cornerstone's loader records it (BaseStreamingImageVolume._addScalingToVolume).
    if (suvbw) volume.scaling = { PT: { suvbw } as never };
    return volume as unknown as Types.IImageVolume;
  })();
  return {
    promise,
    decache: () => void promise.then((v) => v.destroy()).catch(() => undefined),
    cancel: () => undefined,
  };
}
