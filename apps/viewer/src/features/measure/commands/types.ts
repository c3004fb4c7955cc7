import type { Lesion } from '../model/lesion';

/** Every undoable edit of the lesion list, as plain data (one file per action applies it). */
export type Command =
  | { readonly type: 'addLesion'; readonly lesion: Lesion; readonly index?: number }
  | { readonly type: 'removeLesion'; readonly id: string }
  | { readonly type: 'updateLesion'; readonly id: string; readonly patch: Partial<Omit<Lesion, 'id'>> }
  | { readonly type: 'restoreLesions'; readonly lesions: readonly Lesion[] };

/** The new list plus the command that undoes the change. */
export interface Applied {
  readonly lesions: readonly Lesion[];
  readonly inverse: Command;
}
