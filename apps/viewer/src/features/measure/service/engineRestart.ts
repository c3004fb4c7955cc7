import { appStore } from '../../../app/store';
import { forgetAdcFits } from './adcVolume';
import { forgetEngineVolumes } from './engineVolumes';
import { engineRestarts, onEngineGiveUp, onEngineRestart } from './measureWorker';
import { remeasureAll } from './remeasureAll';

let watching = false;

/**
 * When the engine worker dies and is replaced: its volumes (and ADC fits) are put into the new one
 * again as they are needed, every lesion is re-measured (its shape lives in the store, so nothing is
 * lost), and the reader is told. A computation that was running (grow, radiomics, whole-body burden)
 * fails with its own message and can be asked again.
 */
export function watchEngineRestarts(): void {
  if (watching) return;
  watching = true;
  onEngineRestart(({ reason }) => {
    forgetEngineVolumes();
    forgetAdcFits();
    const n = appStore.getState().lesions.length;
    remeasureAll();
    const text = `${reason}. It was restarted and ${n} ${n === 1 ? 'lesion is' : 'lesions are'} being re-measured; no lesion was lost. A calculation that was running (grow, radiomics, whole-body burden) must be asked again.`;
    appStore.getState().pushToast({ kind: 'info', title: 'Measurement engine restarted', text });
    appStore.getState().addErrors([{ source: 'Measurement engine', reason: `restart ${engineRestarts()}: ${text}` }]);
  });
  onEngineGiveUp((reason) => {
    appStore.getState().pushToast({ kind: 'error', title: 'Measurement engine stopped', text: `${reason}. Lesions drawn so far are kept and saved; their values will not update until the page is reloaded.` });
    appStore.getState().addErrors([{ source: 'Measurement engine', reason }]);
  });
}
