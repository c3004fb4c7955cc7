import type { Lesion } from '../model/lesion';
import type { Applied, Command } from './types';

/** Delete a lesion; undone by adding it back at the same position. */
export function removeLesion(lesions: readonly Lesion[], cmd: Extract<Command, { type: 'removeLesion' }>): Applied {
  const index = lesions.findIndex((l) => l.id === cmd.id);
  if (index < 0) return { lesions, inverse: { type: 'restoreLesions', lesions } };
  return { lesions: lesions.filter((l) => l.id !== cmd.id), inverse: { type: 'addLesion', lesion: lesions[index], index } };
}
