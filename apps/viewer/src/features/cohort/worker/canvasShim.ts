// Vega measures text with a canvas it creates through `document.createElement('canvas')` when its
// modules load; a worker has no document, and Vega would fall back to a rough estimate (0.8 em per
// character) that widens every label. This gives it an OffscreenCanvas instead, so the worker's
// SVG is laid out as the main thread's would be. Imported before Vega.
const scope = globalThis as { document?: unknown; OffscreenCanvas?: typeof OffscreenCanvas };
if (scope.document === undefined && scope.OffscreenCanvas) {
  scope.document = { createElement: (tag: string) => (tag === 'canvas' ? new OffscreenCanvas(1, 1) : null) };
}
export {};
