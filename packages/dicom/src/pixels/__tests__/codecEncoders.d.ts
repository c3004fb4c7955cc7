// Encoder builds of the Cornerstone codecs, used by tests to make compressed fixtures.
declare module '@cornerstonejs/codec-charls/wasmjs' {
  const factory: (o?: object) => Promise<any>;
  export default factory;
}
declare module '@cornerstonejs/codec-openjpeg/wasmjs' {
  const factory: (o?: object) => Promise<any>;
  export default factory;
}
declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/wasmjs' {
  const factory: (o?: object) => Promise<any>;
  export default factory;
}
