import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
// vtk.js -> xmlbuilder2 -> require('events'): must resolve to the real package or the build
// crashes with "Class extends value undefined" (see docs/toolchain notes).
const eventsDir = dirname(require.resolve('events/package.json', { paths: ['apps/viewer'] }));

const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: 'apps/viewer',
  base: './',
  publicDir: '../../public',
  plugins: [react()],
  resolve: { alias: { events: eventsDir } },
  worker: { format: 'es' },
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  optimizeDeps: {
    exclude: ['@cornerstonejs/dicom-image-loader'],
    include: [
      'dicom-parser',
      '@cornerstonejs/dicom-image-loader > @cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs',
      '@cornerstonejs/dicom-image-loader > @cornerstonejs/codec-charls/decodewasmjs',
      '@cornerstonejs/dicom-image-loader > @cornerstonejs/codec-openjpeg/decodewasmjs',
      '@cornerstonejs/dicom-image-loader > @cornerstonejs/codec-openjph/wasmjs',
      '@cornerstonejs/dicom-image-loader > @cornerstonejs/metadata',
    ],
  },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders, port: Number(process.env.PORT ?? 4173) },
});
