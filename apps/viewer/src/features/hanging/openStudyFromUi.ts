import { appStore } from '../../app/store';
import type { OpenStudyOptions } from './service/openStudy';

const report = (source: string) => (e: unknown) =>
  appStore.getState().addErrors([{ source, reason: e instanceof Error ? e.message : String(e) }]);

/** Opens a study with its hanging protocol from a click (the feature is a lazy chunk); failures go to the errors panel. */
export function openStudyFromUi(studyUID: string, opts: OpenStudyOptions = {}): void {
  import('./service/openStudy').then((m) => m.openStudy(studyUID, opts)).catch(report(`study ${studyUID}`));
}

/** `F4`: the next hanging protocol that fits the study on screen. */
export function nextProtocolFromUi(): void {
  import('./service/openStudy').then((m) => m.nextProtocol()).catch(report('hanging protocol'));
}
