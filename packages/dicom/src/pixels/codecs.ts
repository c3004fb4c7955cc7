/**
 * Lazy, shared instances of the Cornerstone WebAssembly codecs. In Node the Emscripten glue finds
 * its .wasm beside itself; a browser bundle must say where the .wasm files are served
 * (`configureCodecs({ locateFile })`, e.g. with Vite `?url` imports).
 */
export interface CodecOptions {
  /** Map a codec's .wasm file name (e.g. 'charlswasm_decode.wasm') to the URL it is served from. */
  readonly locateFile?: (file: string, prefix: string) => string;
}

export type CodecName = 'charls' | 'openjpeg' | 'openjph' | 'libjpeg-turbo';

let options: CodecOptions = {};
const cache = new Map<CodecName, Promise<EmscriptenCodecModule>>();

export function configureCodecs(next: CodecOptions): void {
  options = next;
  cache.clear();
}

async function importFactory(name: CodecName): Promise<EmscriptenCodecFactory> {
  switch (name) {
    case 'charls':
      return (await import('@cornerstonejs/codec-charls/decodewasmjs')).default;
    case 'openjpeg':
      return (await import('@cornerstonejs/codec-openjpeg/decodewasmjs')).default;
    case 'openjph':
      return (await import('@cornerstonejs/codec-openjph/wasmjs')).default;
    case 'libjpeg-turbo':
      return (await import('@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs')).default;
  }
}

/** The initialised codec module (loaded once, then shared). */
export function loadCodec(name: CodecName): Promise<EmscriptenCodecModule> {
  let p = cache.get(name);
  if (!p) {
    // Emscripten prints progress to stdout by default: silence it (stdout carries the CLI's JSON).
    const quiet = { print: () => {}, printErr: () => {} };
    p = importFactory(name).then((factory) => factory(options.locateFile ? { ...quiet, locateFile: options.locateFile } : quiet));
    p.catch(() => cache.delete(name));
    cache.set(name, p);
  }
  return p;
}

/** Run one Emscripten decoder on one encoded frame and copy the result out of wasm memory. */
export function runWasmDecoder(decoder: EmscriptenCodecDecoder, encoded: Uint8Array): { bytes: Uint8Array; info: ReturnType<EmscriptenCodecDecoder['getFrameInfo']> } {
  try {
    decoder.getEncodedBuffer(encoded.length).set(encoded);
    decoder.decode();
    const info = decoder.getFrameInfo();
    const bytes = decoder.getDecodedBuffer().slice();
    return { bytes, info };
  } finally {
    decoder.delete();
  }
}

const used = new WeakSet<EmscriptenCodecModule>();

function describeCodecFailure(name: CodecName, e: unknown): Error {
  if (e instanceof WebAssembly.RuntimeError) return new Error(`${name} decoder trapped on corrupt data (${e.message})`);
  // A C++ exception reaches JavaScript as a bare pointer value.
  if (typeof e === 'number') return new Error(`${name} decoder rejected the data (codec exception)`);
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Decode one frame with a fresh decoder of codec `name`. Hostile data can leave a module's heap or
 * embind state corrupt without failing itself (a C++ exception leaks what it allocated; a trap
 * aborts mid-write), and then a later, valid frame fails ("memory access out of bounds",
 * "parameter 0 has unknown type"). So after any failure the module is dropped, and a failure on a
 * module that had decoded before is retried once on a new module: only a failure on a fresh
 * module is the frame's own.
 */
export async function decodeWithCodec(
  name: CodecName,
  make: (m: EmscriptenCodecModule) => EmscriptenCodecDecoder,
  encoded: Uint8Array,
): Promise<{ bytes: Uint8Array; info: ReturnType<EmscriptenCodecDecoder['getFrameInfo']> }> {
  for (;;) {
    const loading = loadCodec(name);
    const m = await loading;
    const fresh = !used.has(m);
    used.add(m);
    try {
      return runWasmDecoder(make(m), encoded);
    } catch (e) {
      if (cache.get(name) === loading) cache.delete(name);
      if (fresh) throw describeCodecFailure(name, e);
    }
  }
}
