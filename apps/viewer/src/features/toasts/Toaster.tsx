import { useEffect } from 'react';
import { appStore, useApp } from '../../app/store';
import type { Toast } from './toastsSlice';
import { errorToast } from './errorToasts';
import { uidLookup } from '../errors/uidLookup';
import { DicomText } from '../../app/text/DicomText';

/** How long a toast stays (ms): errors longer, they also stay in the Problems panel. */
const LIFETIME: Record<Toast['kind'], number> = { error: 12_000, info: 6_000, success: 6_000 };

function ToastItem({ t }: { t: Toast }) {
  const dismiss = useApp((s) => s.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(t.id), LIFETIME[t.kind]);
    return () => clearTimeout(timer);
  }, [t.id, t.kind, dismiss]);
  return (
    <div className={`toast ${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'} data-testid="toast" data-kind={t.kind}>
      <header>
        <strong><DicomText value={t.title} max={200} /></strong>
        <button className="toast-close" aria-label="close message" onClick={() => dismiss(t.id)}>✕</button>
      </header>
      {t.text && <p><DicomText value={t.text} max={400} /></p>}
      {t.details && (
        <details>
          <summary>Details</summary>
          <div><DicomText value={t.details} max={1000} /></div>
        </details>
      )}
    </div>
  );
}

/** Every new error becomes a toast too (the errors panel keeps the list). */
export function startErrorToasts(): () => void {
  return appStore.subscribe((s, prev) => {
    if (s.errors === prev.errors || s.errors.length <= prev.errors.length) return;
    const fresh = s.errors.slice(prev.errors.length);
    const t = errorToast(fresh, uidLookup(s));
    if (t) s.pushToast(t);
  });
}

/** The corner where messages appear (bottom right, above the status bar). */
export function Toaster() {
  const toasts = useApp((s) => s.toasts);
  useEffect(() => startErrorToasts(), []);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => <ToastItem key={t.id} t={t} />)}
    </div>
  );
}
