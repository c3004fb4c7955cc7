import type { Lesion } from '../model/lesion';
import type { Applied, Command } from './types';

/** Change fields of a lesion (rename, role, edited shape…); undone by restoring the previous values. */
export function updateLesion(lesions: readonly Lesion[], cmd: Extract<Command, { type: 'updateLesion' }>): Applied {
  const old = lesions.find((l) => l.id === cmd.id);
  if (!old) return { lesions, inverse: { type: 'restoreLesions', lesions } };
  const before: Record<string, unknown> = {};
  for (const k of Object.keys(cmd.patch)) before[k] = old[k as keyof Lesion];
  return {
    lesions: lesions.map((l) => (l.id === cmd.id ? { ...l, ...cmd.patch } : l)),
    inverse: { type: 'updateLesion', id: cmd.id, patch: before as Partial<Lesion> },
  };
}
