import type { Lesion } from '../model/lesion';
import type { CommandContext } from '../model/historyEntry';
import { addLesion } from './addLesion';
import { removeLesion } from './removeLesion';
import { restoreLesions } from './restoreLesions';
import type { Applied, Command } from './types';
import { updateLesion } from './updateLesion';

/** Apply a command; `ctx` (time, edit/undo/redo) makes lesion updates part of their history. */
export function applyCommand(lesions: readonly Lesion[], cmd: Command, ctx?: CommandContext): Applied {
  switch (cmd.type) {
    case 'addLesion':
      return addLesion(lesions, cmd);
    case 'removeLesion':
      return removeLesion(lesions, cmd);
    case 'updateLesion':
      return updateLesion(lesions, cmd, ctx);
    case 'restoreLesions':
      return restoreLesions(lesions, cmd);
  }
}
