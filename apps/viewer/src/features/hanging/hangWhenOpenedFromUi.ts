import { appStore } from '../../app/store';
import type { HangWhenOpenedOptions } from './service/hangWhenOpened';

/**
 * Arranges what the reader opened (files, a folder, a zip, a DICOMweb study, a demo study) with its
 * hanging protocol once its series are listed (the hanging feature is a lazy chunk). Returns `load`.
 */
export function hangWhenOpenedFromUi<T extends readonly string[]>(load: Promise<T>, opts: HangWhenOpenedOptions = {}): Promise<T> {
  void import('./service/hangWhenOpened')
    .then((m) => m.hangWhenOpened(load, opts))
    .catch((e: unknown) => appStore.getState().addErrors([{ source: 'hanging protocol', reason: e instanceof Error ? e.message : String(e) }]));
  return load;
}
