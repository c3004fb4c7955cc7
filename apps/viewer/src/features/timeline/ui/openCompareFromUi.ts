import { appStore } from '../../../app/store';
import { openCompare } from '../compare/openCompare';

/** Opens prior | current from a click or a key; a refusal or failure goes to the errors panel. */
export function openCompareFromUi(priorStudyUID: string, currentStudyUID: string): void {
  openCompare(priorStudyUID, currentStudyUID).catch((e: unknown) =>
    appStore.getState().addErrors([{ source: 'comparison', reason: e instanceof Error ? e.message : String(e) }]),
  );
}
