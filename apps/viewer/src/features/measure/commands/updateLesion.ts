import type { Lesion } from '../model/lesion';
import type { CommandContext } from '../model/historyEntry';
import { historyEntry } from '../model/historyEntry';
import type { Applied, Command } from './types';

/**
 * Change fields of a lesion (rename, role, lock, edited shape…); undone by restoring the previous
 * values. With a context (the store always gives one) the change is appended to the lesion's
 * history, which no undo takes back: an undo is itself a history entry.
 */
export function updateLesion(lesions: readonly Lesion[], cmd: Extract<Command, { type: 'updateLesion' }>, ctx?: CommandContext): Applied {
  const old = lesions.find((l) => l.id === cmd.id);
  if (!old) return { lesions, inverse: { type: 'restoreLesions', lesions } };
  const { history: _ignored, ...patch } = cmd.patch;
  const before: Record<string, unknown> = {};
  for (const k of Object.keys(patch)) before[k] = old[k as keyof Lesion];
  const changed: Lesion = { ...old, ...patch };
  const entry = ctx ? historyEntry(old, changed, Object.keys(patch), ctx) : null;
  const next = entry ? { ...changed, history: [...(old.history ?? []), entry] } : changed;
  return {
    lesions: lesions.map((l) => (l.id === cmd.id ? next : l)),
    inverse: { type: 'updateLesion', id: cmd.id, patch: before as Partial<Lesion> },
  };
}
