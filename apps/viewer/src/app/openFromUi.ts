import { appStore } from './store';
import type { OpenTarget } from './api';

/** Opens a series from a click/shortcut; failures become entries in the errors panel. */
export function openFromUi(uid: string, viewport?: OpenTarget): void {
  window.caliper
    .open(uid, viewport === undefined ? {} : { viewport })
    .catch((e: unknown) => appStore.getState().addErrors([{ source: `series ${uid}`, reason: e instanceof Error ? e.message : String(e) }]));
}
