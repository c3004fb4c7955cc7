import type { Lesion } from '../model/lesion';
import { addLesion } from './addLesion';
import { removeLesion } from './removeLesion';
import { restoreLesions } from './restoreLesions';
import type { Applied, Command } from './types';
import { updateLesion } from './updateLesion';

export function applyCommand(lesions: readonly Lesion[], cmd: Command): Applied {
  switch (cmd.type) {
    case 'addLesion':
      return addLesion(lesions, cmd);
    case 'removeLesion':
      return removeLesion(lesions, cmd);
    case 'updateLesion':
      return updateLesion(lesions, cmd);
    case 'restoreLesions':
      return restoreLesions(lesions, cmd);
  }
}
