import { featurePanels } from '../../app/featurePanels';
import { installMeasureApi } from './api/installMeasureApi';
import { startAnnotationBridge } from './tools/annotationBridge';
import { followShellTool } from './tools/registerMeasureTools';
import { MeasurePanel } from './ui/MeasurePanel';
import { startBrushService } from './brush/brushService';
import { watchEngineRestarts } from './service/engineRestart';

/** Hooks the measure feature into the shell: sidebar panel, Cornerstone events, window.caliper. */
export function registerMeasure(): void {
  if (featurePanels.some((p) => p.id === 'measure')) return;
  featurePanels.push({ id: 'measure', Component: MeasurePanel });
  startAnnotationBridge();
  followShellTool();
  installMeasureApi();
  startBrushService();
  watchEngineRestarts();
}
