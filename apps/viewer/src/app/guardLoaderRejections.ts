import { appStore } from './store';

/**
 * Cornerstone's image loader rejects some internal promises (prefetch, cache fills) with the raw
 * XMLHttpRequest when a file cannot be fetched (404, offline), and nobody awaits them. Those are
 * load errors, not crashes: record them in the errors panel with the URL and HTTP status.
 */
export function guardLoaderRejections(): void {
  window.addEventListener('unhandledrejection', (e) => {
    const r: unknown = e.reason;
    const xhr = r instanceof XMLHttpRequest ? r : (r as { xhr?: unknown; request?: unknown } | null)?.xhr ?? (r as { request?: unknown } | null)?.request;
    if (!(xhr instanceof XMLHttpRequest)) return;
    e.preventDefault();
    appStore.getState().addErrors([
      { source: xhr.responseURL || 'image request', reason: xhr.status ? `HTTP ${xhr.status} ${xhr.statusText}`.trim() : 'network error (server down or offline?)' },
    ]);
  });
}
