// The Cornerstone codec packages are Emscripten modules without type declarations.
interface EmscriptenCodecDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  getDecodedBuffer(): Uint8Array;
  decode(): void;
  decodeSubResolution?(level: number, layer?: number): void;
  getFrameInfo(): { width: number; height: number; bitsPerSample: number; componentCount: number; isSigned: boolean };
  delete(): void;
}
interface EmscriptenCodecModule {
  JpegLSDecoder: new () => EmscriptenCodecDecoder;
  J2KDecoder: new () => EmscriptenCodecDecoder;
  HTJ2KDecoder: new () => EmscriptenCodecDecoder;
  JPEGDecoder: new () => EmscriptenCodecDecoder;
}
type EmscriptenCodecFactory = (options?: {
  locateFile?: (path: string, prefix: string) => string;
  print?: (s: string) => void;
  printErr?: (s: string) => void;
}) => Promise<EmscriptenCodecModule>;

declare module '@cornerstonejs/codec-charls/decodewasmjs' {
  const factory: EmscriptenCodecFactory;
  export default factory;
}
declare module '@cornerstonejs/codec-openjpeg/decodewasmjs' {
  const factory: EmscriptenCodecFactory;
  export default factory;
}
declare module '@cornerstonejs/codec-openjph/wasmjs' {
  const factory: EmscriptenCodecFactory;
  export default factory;
}
declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs' {
  const factory: EmscriptenCodecFactory;
  export default factory;
}
