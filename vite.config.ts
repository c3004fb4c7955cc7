import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { contentSecurityPolicy } from './scripts/csp.mjs';

const require = createRequire(import.meta.url);
// vtk.js -> xmlbuilder2 -> require('events'): must resolve to the real package or the build
// crashes with "Class extends value undefined" (see docs/toolchain notes).
const eventsDir = dirname(require.resolve('events/package.json', { paths: ['apps/viewer'] }));

const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The Content-Security-Policy as a <meta> tag, first in <head> of the built index.html, so it holds
 * on any static host (docs/security.md). connect-src: 'self' + CALIPER_DICOMWEB_ORIGINS (default
 * loopback). CALIPER_CSP=off leaves it out, for a host that sends its own policy header (a meta
 * policy can only narrow a header's, never widen it). Not in the dev server: Vite injects inline
 * scripts there (React refresh).
 */
function cspMeta(): Plugin {
  return {
    name: 'caliper-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        process.env.CALIPER_CSP === 'off'
          ? []
          : [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  root: 'apps/viewer',
  base: './',
  publicDir: '../../public',
  plugins: [
    react(),
    cspMeta(),
    // Offline demo: the app shell, codecs, workers and the demo manifest are precached; demo DICOM
    // files are cached on first use (CacheFirst), so a study opened once opens again offline.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'Caliper',
        short_name: 'Caliper',
        description: 'Browser DICOM viewer for quantitative oncology imaging biomarkers',
        theme_color: '#0b0d10',
        background_color: '#0b0d10',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [{ src: 'caliper.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,svg,webmanifest}', 'demo/manifest.json', 'demo/truth/*.json'],
        globIgnores: ['__e2e__/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        clientsClaim: true,
        skipWaiting: true,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/demo\//, /\/__e2e__\//],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/demo/') && url.pathname.endsWith('.dcm'),
            handler: 'CacheFirst',
            options: { cacheName: 'caliper-demo-dicom', expiration: { maxEntries: 4000 }, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ],
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
  // `vite preview` serves the build like scripts/serve.mjs: the policy as a header too. The dev
  // server has none (Vite injects inline scripts for React refresh).
  preview: {
    headers: { ...isolationHeaders, ...(process.env.CALIPER_CSP === 'off' ? {} : { 'Content-Security-Policy': contentSecurityPolicy({ header: true }) }) },
    port: Number(process.env.PORT ?? 4173),
  },
});
