import type { Lesion } from '../model/lesion';
import type { Applied, Command } from './types';

/** Replace the whole list (clear = restore []); undone by restoring the previous list. */
export function restoreLesions(lesions: readonly Lesion[], cmd: Extract<Command, { type: 'restoreLesions' }>): Applied {
  return { lesions: [...cmd.lesions], inverse: { type: 'restoreLesions', lesions } };
}
