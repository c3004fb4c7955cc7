import type { Lesion } from '../model/lesion';
import type { Applied, Command } from './types';

/** Insert a lesion (at `index`, default last); undone by removing it. */
export function addLesion(lesions: readonly Lesion[], cmd: Extract<Command, { type: 'addLesion' }>): Applied {
  const rest = lesions.filter((l) => l.id !== cmd.lesion.id);
  const at = Math.min(cmd.index ?? rest.length, rest.length);
  return { lesions: [...rest.slice(0, at), cmd.lesion, ...rest.slice(at)], inverse: { type: 'removeLesion', id: cmd.lesion.id } };
}
