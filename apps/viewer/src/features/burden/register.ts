import { featurePanels } from '../../app/featurePanels';
import { burdenApi } from './api/burdenApi';
import { BurdenPanel } from './ui/BurdenPanel';
import './ui/burden.css';

/** Hooks whole-body PET burden (issue 14) into the shell: the sidebar panel (shown with a PET series) and `caliper.burden`. */
export function registerBurden(): void {
  if (featurePanels.some((p) => p.id === 'burden')) return;
  featurePanels.push({ id: 'burden', Component: BurdenPanel });
  window.caliper.extend('burden', burdenApi);
}
