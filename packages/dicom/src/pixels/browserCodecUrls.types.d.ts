// Vite `?url` imports of the codec .wasm files (see browserCodecUrls.ts).
declare module '@cornerstonejs/codec-charls/decodewasm?url' {
  const url: string;
  export default url;
}
declare module '@cornerstonejs/codec-openjpeg/decodewasm?url' {
  const url: string;
  export default url;
}
declare module '@cornerstonejs/codec-openjph/wasm?url' {
  const url: string;
  export default url;
}
declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasm?url' {
  const url: string;
  export default url;
}
