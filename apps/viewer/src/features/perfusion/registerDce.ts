import { featurePanels } from '../../app/featurePanels';
import { appStore } from '../../app/store';
import { installDerivedImages } from '../../viewports/derivedImages';
import type { DceMode, DceSettings } from './model/dceSlice';
import { checkDynamic, startDceCandidates } from './service/dceCandidates';
import { startDceLiveBridge } from './service/dceLiveBridge';
import { startDceRoiCurves } from './service/dceRoiCurves';
import { applyDceT10 } from './service/dceT10';
import { openDce, playDce, setDceMode, setDcePhase, stopCine } from './service/dceView';
import { DcePanel } from './ui/DcePanel';
import './ui/dce.css';

/** `caliper.dce`: the DCE view and its ROI fits (see docs/api.md). */
const api = {
  /** Dynamic series recognised so far (UID → label, time source, phases); `uid` checks that series now. */
  candidates: async (uid?: string) => {
    if (uid) await checkDynamic(uid);
    return appStore.getState().dceCandidates;
  },
  open: async (sourceUID: string) => openDce(sourceUID),
  state: () => appStore.getState().dce,
  setPhase: (p: number) => setDcePhase(p),
  setMode: (m: DceMode) => setDceMode(m),
  play: (fps?: number) => playDce(fps),
  stop: () => stopCine(),
  settings: async (patch?: Partial<DceSettings>) => {
    if (patch) {
      appStore.getState().setDceSettings(patch);
      if (patch.t10) await applyDceT10();
    }
    return appStore.getState().dceSettings;
  },
  /** ROI results of the lesions on the DCE view (as `caliper dce --roi` meanFit + curve), by lesion id. */
  results: () => {
    const s = appStore.getState();
    return s.lesions.filter((l) => s.dceRois[l.id]).map((l) => ({ lesionId: l.id, name: l.name, shape: l.shape, shapeVersion: l.version, ...s.dceRois[l.id] }));
  },
};

const typing = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};

/** DCE in the viewer (issue 15): panel, dynamic-series recognition, live ROI fits, `<` `>` phase and `/` cine keys, `caliper.dce`. */
export function registerDce(): void {
  if (featurePanels.some((p) => p.id === 'dce')) return;
  installDerivedImages();
  featurePanels.push({ id: 'dce', Component: DcePanel });
  startDceCandidates();
  startDceRoiCurves();
  startDceLiveBridge();
  window.caliper?.extend?.('dce', api);
  window.addEventListener('keydown', (e) => {
    const dce = appStore.getState().dce;
    if (!dce || typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '<' || e.key === '>') {
      e.preventDefault();
      void setDcePhase(dce.phase + (e.key === '>' ? 1 : -1));
    } else if (e.key === '/') {
      e.preventDefault();
      if (dce.playing) stopCine();
      else playDce();
    }
  });
}
