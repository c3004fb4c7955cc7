import { appStore } from '../../../app/store';
import type { PendingConfirm } from '../model/measureSlice';
import { awaitAnswer } from './confirmAnswer';

let mounted: Promise<void> | null = null;

/** Mounts the dialog once, in its own root over the app (a small lazy chunk; React is already loaded). */
function mount(): Promise<void> {
  mounted ??= (async () => {
    const [{ createRoot }, { createElement }, { ConfirmImplausible }] = await Promise.all([import('react-dom/client'), import('react'), import('./ConfirmImplausible')]);
    const host = document.createElement('div');
    host.id = 'caliper-confirm-host';
    document.body.appendChild(host);
    createRoot(host).render(createElement(ConfirmImplausible));
  })();
  return mounted;
}

/** Ask the reader whether to keep an implausible result: resolves true to keep (Enter), false to discard (Esc). */
export async function askImplausible(q: PendingConfirm): Promise<boolean> {
  await mount();
  const answer = awaitAnswer();
  appStore.getState().setMeasure({ confirm: q });
  return answer;
}
