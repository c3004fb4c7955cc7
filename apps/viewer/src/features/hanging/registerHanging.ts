import { appStore } from '../../app/store';
import { loadProtocols } from './service/loadProtocols';
import { nextProtocol, openStudy, type OpenStudyOptions } from './service/openStudy';
import { isHangingLayoutHop } from './service/hangingLayoutHop';
import { unbindHangingSync } from './service/bindHangingSync';

let registered = false;

/**
 * Hanging protocols: loads the site's protocol file, adds `caliper.openStudy`,
 * `caliper.hangingProtocols` and `caliper.hanging` (docs/api.md), and drops the active hanging
 * (and its pane links) when the reader changes the layout by hand. Idempotent.
 */
export function registerHanging(): Promise<void> {
  if (registered) return Promise.resolve();
  registered = true;
  appStore.subscribe((s, prev) => {
    if (s.layout === prev.layout || !s.activeHanging || s.activeHanging.layout === s.layout || isHangingLayoutHop()) return;
    unbindHangingSync();
    s.setActiveHanging(null);
  });
  const api = window.caliper;
  api?.extend?.('openStudy', async (studyUID: string, opts?: OpenStudyOptions) => {
    const a = await openStudy(studyUID, opts);
    return { protocol: a.protocolId, layout: a.layout, candidates: a.candidates, kind: a.kind };
  });
  api?.extend?.('hangingProtocols', () =>
    appStore.getState().hangingProtocols.map((p) => ({ id: p.id, name: p.name, priority: p.priority, source: appStore.getState().hangingSource })),
  );
  api?.extend?.('hanging', () => appStore.getState().activeHanging);
  api?.extend?.('nextHangingProtocol', () => nextProtocol() ?? Promise.resolve(appStore.getState().activeHanging));
  return loadProtocols();
}
