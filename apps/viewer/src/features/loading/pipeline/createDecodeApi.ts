import * as Comlink from 'comlink';
import type { DecodeSliceOptions, SliceArray, SliceRange } from '@caliper/dicom';
import type { FileError, Result } from '@caliper/core';

export type SliceArrayType = 'Uint8Array' | 'Int16Array' | 'Uint16Array' | 'Float32Array';

const CTORS = { Uint8Array, Int16Array, Uint16Array, Float32Array } as const;

export interface DecodeJob {
  /** The object's bytes as fetched (transferred to the worker). */
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly frame: number;
  readonly factor?: number;
  /** A view into the volume's SharedArrayBuffer; absent when the page is not cross-origin isolated. */
  readonly out?: SliceArray;
  readonly offset: number;
  /** Without `out`: type and length of the slice array the worker allocates and transfers back. */
  readonly type: SliceArrayType;
  readonly plane: number;
}

export type DecodeResult = Result<SliceRange & { slice?: SliceArray }, FileError>;

/** The decode worker's API (tested on the main thread; the worker file only exposes it). */
export function createDecodeApi(
  decode: (bytes: Uint8Array, name: string, o: DecodeSliceOptions) => Promise<Result<SliceRange, FileError>>,
  warmCodec: (name: string) => Promise<void>,
) {
  return {
    /** Loads a codec's WebAssembly module ahead of the first frame. */
    warm: (codec: string) => warmCodec(codec).catch(() => undefined),
    async decode(job: DecodeJob): Promise<DecodeResult> {
      const out = job.out ?? new CTORS[job.type](job.plane);
      const r = await decode(job.bytes, job.name, { frame: job.frame, factor: job.factor, out, offset: job.out ? job.offset : 0 });
      if (!r.ok || job.out) return r;
      return Comlink.transfer({ ok: true as const, value: { ...r.value, slice: out } }, [out.buffer as ArrayBuffer]);
    },
  };
}

export type DecodeApi = ReturnType<typeof createDecodeApi>;
