import { featurePanels } from '../../app/featurePanels';
import { appStore } from '../../app/store';
import { radiomicsApi } from './api/radiomicsApi';
import { loadCustomSettings } from './model/customSettings';
import { RadiomicsPanel } from './ui/RadiomicsPanel';
import './ui/radiomics.css';

const typing = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};

/** Hooks IBSI radiomics (issue 19) into the shell: the sidebar panel, key Q, saved custom settings and `caliper.radiomics`. */
export function registerRadiomics(): void {
  if (featurePanels.some((p) => p.id === 'radiomics')) return;
  featurePanels.push({ id: 'radiomics', Component: RadiomicsPanel });
  window.caliper.extend('radiomics', radiomicsApi);
  appStore.getState().setRadiomics({ radiomicsCustom: loadCustomSettings(globalThis.localStorage) });
  window.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || e.key !== 'q') return;
    const s = appStore.getState();
    s.setRadiomics({ radiomicsOpen: !s.radiomicsOpen });
  });
}
