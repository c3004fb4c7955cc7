import { featurePanels, mainPanels } from '../../app/featurePanels';
import { appStore } from '../../app/store';
import { responseApi } from './api/responseApi';
import { currentStudyOf } from './model/currentStudy';
import { proposeTracked } from './service/proposeTracked';
import { installRegistrationAlignment } from './service/registrationProvider';
import { startMarkingNewLesions } from './service/markNewLesions';
import { ResponsePanel } from './ui/ResponsePanel';
import { ResponseTable } from './ui/ResponseTable';
import './ui/response.css';

const typing = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};

/** Hooks the longitudinal response into the shell: sidebar panel, table over the viewports, keys, `caliper.response`. */
export function registerResponse(): void {
  if (featurePanels.some((p) => p.id === 'response')) return;
  featurePanels.push({ id: 'response', Component: ResponsePanel });
  mainPanels.push({ id: 'response-table', Component: ResponseTable });
  window.caliper.extend('response', responseApi);
  installRegistrationAlignment();
  startMarkingNewLesions();
  window.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const s = appStore.getState();
    if (e.key === 'a') s.setResponseTableOpen(!s.responseTableOpen);
    else if (e.key === 'n') {
      const study = currentStudyOf(s);
      if (study) void proposeTracked(study);
    }
  });
}
