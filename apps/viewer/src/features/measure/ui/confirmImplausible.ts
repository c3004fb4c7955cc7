import { appStore } from '../../../app/store';
import type { PendingConfirm } from '../model/measureSlice';

let resolveOpen: ((keep: boolean) => void) | null = null;
let mounted = false;

/** Mounts the dialog once, in its own root over the app (lazy chunk: React DOM is already loaded). */
async function mount(): Promise<void> {
  if (mounted) return;
  mounted = true;
  const [{ createRoot }, { createElement }, { ConfirmImplausible }] = await Promise.all([import('react-dom/client'), import('react'), import('./ConfirmImplausible')]);
  const host = document.createElement('div');
  host.id = 'caliper-confirm-host';
  document.body.appendChild(host);
  createRoot(host).render(createElement(ConfirmImplausible));
}

/**
 * Ask the reader whether to keep an implausible result (Enter / Keep = true, Esc / Discard = false).
 * A question still open when a new one comes is answered "discard".
 */
export async function askImplausible(q: PendingConfirm): Promise<boolean> {
  await mount();
  resolveOpen?.(false);
  appStore.getState().setMeasure({ confirm: q });
  return new Promise<boolean>((resolve) => {
    resolveOpen = resolve;
  });
}

/** The dialog's answer. */
export function answerImplausible(keep: boolean): void {
  const r = resolveOpen;
  resolveOpen = null;
  appStore.getState().setMeasure({ confirm: null });
  r?.(keep);
}
