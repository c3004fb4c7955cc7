import { cache, type Types } from '@cornerstonejs/core';
import { bytesPerVoxel, parseInstance, sliceDataType, type Instance, type SliceArray, type SliceDataType, type SliceRange } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { prefetchedFile, rememberParsed } from '../../../viewports/prefetch';
import { seriesComplete, touchSeries } from '../cache/volumeCache';
import { registerSuvScaling, suvbwOf } from '../../../viewports/suvRegistry';
import { decodeInPool, focusDecode } from './decodePool';
import { partArrival } from './dicomwebParts';
import { ensureMetadata, providePlane, queueMetadata } from './registerMetadata';
import { headerLength, rebaseHeader } from './rebaseHeader';
import { sliceImage } from './sliceImage';
import { middleOut, nextPending } from './sliceOrder';

const CTORS = { Uint8Array, Int16Array, Uint16Array, Float32Array } as const;
const FETCHES = 6;

interface Slot {
  readonly id: string;
  readonly index: number;
  head?: Instance;
  bytes?: Uint8Array;
  failed?: string;
  range?: SliceRange;
  image?: Types.IImage;
  /** Handed to Cornerstone by the wadouri loader (it caches the promise itself). */
  viaLoader: boolean;
  readonly landed: Promise<Types.IImage>;
  resolve: (i: Types.IImage) => void;
  reject: (e: Error) => void;
}

export type LandListener = (imageId: string, failure?: string) => void;

/** Who may take the progressive path: single-frame wadouri objects (static manifest, files, DICOMweb). */
export const pipelineCanLoad = (s: SeriesEntry): boolean => s.imageIds.length > 0 && s.imageIds.every((id) => id.startsWith('wadouri:') && !/[?&]frame=/.test(id));

const sourceOf = (id: string) => decodeURIComponent(id.replace(/^wadouri:/, ''));

/**
 * The progressive load of one series: fetch (middle slice first, then outwards, the slice under the
 * cursor first once the reader scrolls) → parse the header on arrival → decode in the worker pool
 * straight into the series' final buffer (a SharedArrayBuffer when the page is cross-origin isolated)
 * → one Cornerstone image per slice over that buffer. PET waits for every header (SUV factors need
 * the whole series) before decoding. Files that fail are named in the errors panel; the rest loads.
 */
export class SeriesLoad {
  readonly uid: string;
  readonly slots: Slot[];
  readonly headersDone: Promise<string[]>;
  buffer?: SliceArray;
  dataType?: SliceDataType;
  private reversed = false;
  private plane = 0;
  private focusIndex: number | undefined;
  private listeners = new Set<LandListener>();
  private pendingFetch: number[];
  private landedCount = 0;
  private settled = 0;
  private allParsed!: () => void;
  private readonly firstSlot: number;

  constructor(readonly series: SeriesEntry) {
    this.uid = series.seriesInstanceUID;
    this.slots = series.imageIds.map((id, index) => {
      let resolve!: (i: Types.IImage) => void;
      let reject!: (e: Error) => void;
      const landed = new Promise<Types.IImage>((a, b) => {
        resolve = a;
        reject = b;
      });
      landed.catch(() => undefined);
      return { id, index, viaLoader: false, landed, resolve, reject };
    });
    this.pendingFetch = middleOut(this.slots.length);
    this.firstSlot = this.pendingFetch[0];
    const parsed = new Promise<void>((r) => (this.allParsed = r));
    this.headersDone = parsed.then(() => this.finishHeaders());
    performance.mark(`caliper:pipeline-start:${this.uid}`);
    // The critical path first: only the slice to show and a neighbour (the layout needs two
    // headers) are fetched until that slice has landed; then the rest streams behind, 6 at a time.
    for (let i = 0; i < Math.min(2, this.slots.length); i++) void this.fetchNext();
    void this.slots[this.firstSlot]?.landed
      .catch(() => undefined)
      .then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
      .then(() => {
        for (let i = 2; i < Math.min(FETCHES, this.slots.length); i++) void this.fetchNext();
      });
  }

  /** Slices decoded so far / in all. */
  get progress(): { done: number; total: number } {
    return { done: this.landedCount, total: this.slots.length };
  }

  onLand(cb: LandListener): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  indexOf(imageId: string): number {
    return this.slots.findIndex((s) => s.id === imageId);
  }

  /** The reader is at this slice (listed index): fetch and decode it and its neighbours first. */
  focus(index: number | undefined): void {
    this.focusIndex = index;
    focusDecode(this.uid, index === undefined ? undefined : this.slotOf(index));
  }

  /** The decoded image of a slice, with its Cornerstone metadata registered (for the wadouri loader). */
  imageFor(imageId: string, viaLoader: boolean): Promise<Types.IImage> {
    const s = this.slots[this.indexOf(imageId)];
    if (!s) return Promise.reject(new Error(`${imageId} is not in series ${this.uid}`));
    if (viaLoader && !s.image) s.viaLoader = true;
    if (!s.image) this.focus(s.index);
    return Promise.all([s.landed, this.headerOf(s).then(() => ensureMetadata(s.id, s.bytes, s.head))]).then(([img]) => img);
  }

  /**
   * Every header read and handed to Cornerstone's metadata store (what prepareSeries promises its
   * callers: ADC fitting, derived series, PET stacks); the volume itself does not wait for this.
   */
  async headersRegistered(): Promise<string[]> {
    const ids = await this.headersDone;
    await Promise.all(ids.map((id) => {
      const s = this.slots[this.indexOf(id)];
      return ensureMetadata(s.id, undefined, s.head);
    }));
    return ids;
  }

  /** Instance header of a slot once parsed. */
  headerOf(s: Slot): Promise<Instance | undefined> {
    if (s.head || s.failed) return Promise.resolve(s.head);
    return new Promise((resolve) => {
      const off = this.onLand(() => {
        if (s.head || s.failed) {
          off();
          resolve(s.head);
        }
      });
    });
  }

  /** Volume slot (0..n-1) of a listed index. */
  slotOf(index: number): number {
    return this.reversed ? this.slots.length - 1 - index : index;
  }

  private emit(id: string, failure?: string): void {
    for (const cb of [...this.listeners]) cb(id, failure);
  }

  private async fetchNext(): Promise<void> {
    while (this.pendingFetch.length) {
      const j = nextPending(this.pendingFetch, this.focusIndex);
      const s = this.slots[this.pendingFetch.splice(j, 1)[0]];
      try {
        // DICOMweb: a series listed before its pixels; its instances stream in (dicomwebSeries.ts).
        await partArrival(s.id);
        // Not a header the pipeline kept from an earlier (evicted) load: that one has no pixels.
        const known = prefetchedFile(s.id);
        let bytes: Uint8Array;
        let inst: Instance;
        if (known) {
          // Files and DICOMweb: already parsed when listed; a copy goes to the worker (Cornerstone keeps the original).
          inst = known;
          bytes = known.byteArray.slice();
        } else {
          const res = await fetch(sourceOf(s.id));
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          bytes = new Uint8Array(await res.arrayBuffer());
          const r = parseInstance(bytes, sourceOf(s.id).split('/').pop() ?? s.id);
          if (!r.ok) throw new Error(r.error.reason);
          inst = r.value;
          // The header stays on the main thread (a copy of the bytes before Pixel Data); the whole
          // object is transferred to a decode worker.
          const head = bytes.slice(0, headerLength(inst.dataSet, bytes.length));
          rebaseHeader(inst.dataSet, head);
          inst = { ...inst, byteArray: head };
          rememberParsed(s.id, inst);
        }
        s.head = inst;
        s.bytes = bytes;
        providePlane(s.id, inst);
      } catch (e) {
        s.failed = e instanceof Error ? e.message : String(e);
      }
      this.settled++;
      this.afterHeader(s);
      if (this.settled === this.slots.length) this.allParsed();
    }
  }

  private ready = false;
  private queuedBeforeReady: Slot[] = [];

  private afterHeader(s: Slot): void {
    if (s.failed) {
      s.reject(new Error(s.failed));
      this.emit(s.id, s.failed);
    } else this.emit(s.id);
    if (!this.ready) {
      if (!s.failed) this.queuedBeforeReady.push(s);
      if (!this.canLayOut()) return;
      this.layOut();
      this.ready = true;
      for (const q of this.queuedBeforeReady.splice(0)) this.decode(q);
      return;
    }
    if (!s.failed) this.decode(s);
  }

  /** Enough headers to place slices: two (which way the listing runs; the type); PET: all, for its SUV factors. */
  private canLayOut(): boolean {
    if (this.series.modality === 'PT') return this.settled === this.slots.length;
    return this.queuedBeforeReady.length >= 2 || this.settled === this.slots.length;
  }

  private layOut(): void {
    const n = this.slots.length;
    const ok = this.slots.filter((s) => s.head);
    if (this.series.modality === 'PT' && ok.length) {
      const why = registerSuvScaling(this.uid, ok.map((s) => s.id), ok.map((s) => s.head!));
      if (why) appStore.getState().addErrors([{ source: `series ${this.uid} (PET)`, reason: `SUV not computable, values shown unscaled: ${why}` }]);
    }
    // Which way the listing runs along the normal (Cornerstone3D reverses a descending wadouri
    // listing): from two parsed slices, the lower listed one first.
    const [a, b] = [...ok].sort((x, y) => x.index - y.index).filter((x) => x.head!.imagePositionPatient).slice(0, 2);
    const o = a?.head!.imageOrientationPatient;
    if (a && b && o) {
      const nrm = [o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]];
      const d = [0, 1, 2].map((k) => b.head!.imagePositionPatient![k] - a.head!.imagePositionPatient![k]);
      this.reversed = d[0] * nrm[0] + d[1] * nrm[1] + d[2] * nrm[2] < 0;
    }
    const ref = ok[0]?.head;
    if (!ref) return;
    // The type from the headers in hand (every one for PET): a series has one rescale in practice.
    const sample = ok;
    this.dataType = sliceDataType({
      bitsAllocated: ref.bitsAllocated,
      bitsStored: ref.bitsStored,
      pixelRepresentation: ref.pixelRepresentation,
      rescales: sample.map((s) => [s.head!.rescaleSlope, s.head!.rescaleIntercept] as const),
      factors: sample.map((s) => suvbwOf(s.id) ?? 1),
      floatPixels: !!(ref.dataSet.elements.x7fe00008 || ref.dataSet.elements.x7fe00009),
    });
    this.plane = ref.rows * ref.columns;
    const bytes = n * this.plane * bytesPerVoxel(this.dataType);
    // Shared: the decode workers write the final voxels in place. Without cross-origin isolation
    // each slice comes back as a transferred buffer and is copied in once.
    const store = globalThis.crossOriginIsolated ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    this.buffer = new CTORS[this.dataType](store as ArrayBuffer);
    touchSeries(this.uid, bytes);
    performance.mark(`caliper:pipeline-layout:${this.uid}`);
  }

  private decode(s: Slot): void {
    const head = s.head!;
    const buffer = this.buffer;
    if (!buffer || head.rows * head.columns !== this.plane) {
      this.fail(s, 'cannot be displayed: image size differs from the rest of the series');
      return;
    }
    const offset = this.slotOf(s.index) * this.plane;
    const shared = buffer.buffer instanceof SharedArrayBuffer;
    const bytes = s.bytes!;
    s.bytes = undefined;
    void decodeInPool(this.uid, this.slotOf(s.index), {
      bytes,
      name: sourceOf(s.id),
      frame: 0,
      factor: suvbwOf(s.id),
      out: shared ? buffer : undefined,
      offset,
      type: this.dataType!,
      plane: this.plane,
    }).then((r) => {
      if (!r.ok) return this.fail(s, `cannot be displayed: ${r.error.reason}`);
      if (r.value.slice) buffer.set(r.value.slice, offset);
      this.land(s, r.value);
    });
  }

  private fail(s: Slot, reason: string): void {
    s.failed = reason;
    appStore.getState().addErrors([{ source: sourceOf(s.id), reason }]);
    s.reject(new Error(reason));
    this.landedCount++;
    this.emit(s.id, reason);
  }

  private land(s: Slot, range: SliceRange): void {
    const offset = this.slotOf(s.index) * this.plane;
    const view = this.buffer!.subarray(offset, offset + this.plane) as SliceArray;
    const image = sliceImage(s.id, s.head!, view, range, suvbwOf(s.id));
    s.range = range;
    s.image = image;
    if (!s.viaLoader) {
      // A thumbnail or an earlier stack may have cached its own decode of this image: ours replaces it.
      if (cache.getImageLoadObject(s.id)) cache.removeImageLoadObject(s.id, { force: true });
      cache.putImageSync(s.id, image);
    }
    s.resolve(image);
    this.landedCount++;
    if (this.landedCount === this.slots.length) {
      performance.mark(`caliper:pipeline-decoded:${this.uid}`);
      for (const x of this.slots) if (x.head) queueMetadata(x.id, x.head);
      seriesComplete(this.uid, this.buffer?.byteLength ?? 0);
    }
    // The loader's promise reaches Cornerstone's cache a microtask later: tell listeners after it.
    if (s.viaLoader) void s.landed.then(() => setTimeout(() => this.emit(s.id), 0));
    else this.emit(s.id);
  }

  private finishHeaders(): string[] {
    const failed = this.slots.filter((s) => !s.head);
    if (failed.length) {
      appStore.getState().addErrors(failed.filter((s) => !/^cannot be displayed/.test(s.failed ?? '')).map((s) => ({ source: sourceOf(s.id), reason: `could not be read: ${s.failed}` })));
    }
    performance.mark(`caliper:headers:${this.uid}`);
    return this.slots.filter((s) => s.head).map((s) => s.id);
  }
}

const loads = new Map<string, SeriesLoad>();
const byImageId = new Map<string, SeriesLoad>();

/** The (single) progressive load of a series, started on first call. */
export function seriesLoad(series: SeriesEntry): SeriesLoad {
  let l = loads.get(series.seriesInstanceUID);
  touchSeries(series.seriesInstanceUID);
  if (!l) {
    l = new SeriesLoad(series);
    loads.set(series.seriesInstanceUID, l);
    for (const id of series.imageIds) byImageId.set(id, l);
    const key = `volume:${series.seriesInstanceUID}`;
    const label = `Loading ${series.modality} ${series.seriesDescription}`;
    const load = l;
    let t: ReturnType<typeof setTimeout> | undefined;
    load.onLand(() => {
      t ??= setTimeout(() => {
        t = undefined;
        const p = load.progress;
        appStore.getState().setProgress(key, p.done < p.total ? { label, ...p } : null);
      }, 100);
    });
  }
  return l;
}

/**
 * Drops a series' load (evicted from the volume cache): its images leave Cornerstone's cache, and
 * the next use starts a new load from the source, which gives the same voxels.
 */
export function forgetSeriesLoad(seriesUID: string): void {
  const l = loads.get(seriesUID);
  if (!l) return;
  loads.delete(seriesUID);
  for (const s of l.slots) {
    if (byImageId.get(s.id) === l) byImageId.delete(s.id);
    if (cache.getImageLoadObject(s.id)) cache.removeImageLoadObject(s.id, { force: true });
  }
}

export const existingSeriesLoad = (seriesUID: string): SeriesLoad | undefined => loads.get(seriesUID);
export const seriesLoadOfImage = (imageId: string): SeriesLoad | undefined => byImageId.get(imageId);
