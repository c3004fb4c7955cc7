import { mainPanels } from '../../app/featurePanels';
import { boardApi } from './api/boardApi';
import { PresentationView } from './ui/PresentationView';
import { startPlotPrewarm } from './service/prewarmPlots';
import './ui/presentation.css';

/** Hooks tumour-board presentation mode into the shell: the summary over the viewports and `caliper.board`. */
export function registerPresentation(): void {
  if (mainPanels.some((p) => p.id === 'presentation')) return;
  mainPanels.push({ id: 'presentation', Component: PresentationView });
  window.caliper.extend('board', boardApi);
  startPlotPrewarm();
}
