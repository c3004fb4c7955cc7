// Browser bundles only (Vite `?url` imports): where each codec's .wasm is served, for
// configureCodecs({ locateFile }). Node finds the .wasm beside the Emscripten glue without this.
import charls from '@cornerstonejs/codec-charls/decodewasm?url';
import openjpeg from '@cornerstonejs/codec-openjpeg/decodewasm?url';
import openjph from '@cornerstonejs/codec-openjph/wasm?url';
import libjpegTurbo from '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasm?url';

/** Codec .wasm file name (as the Emscripten glue asks for it) → served URL. */
export const browserCodecUrls: Readonly<Record<string, string>> = {
  'charlswasm_decode.wasm': charls,
  'openjpegwasm_decode.wasm': openjpeg,
  'openjphjs.wasm': openjph,
  'libjpegturbowasm_decode.wasm': libjpegTurbo,
};
