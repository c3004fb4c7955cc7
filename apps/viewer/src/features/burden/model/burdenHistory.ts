import type { BurdenReply } from './burdenTypes';

/** What an edit changes: the result (lesions, masks, exclusion, totals' inputs) and the reader's lists. */
export interface BurdenSnapshot {
  readonly result: BurdenReply;
  readonly removed: readonly number[];
  readonly merged: readonly (readonly number[])[];
  readonly added: readonly number[];
}

export type BurdenEditKind = 'add' | 'remove' | 'restore' | 'merge' | 'split' | 'paint' | 'erase' | 'import-seg';

/**
 * One undoable burden edit as data (house style 7): the state before and after. Snapshots share the
 * result's immutable masks, so an edit costs only the masks it made (an exclusion stroke: one cropped mask).
 */
export interface BurdenCommand {
  readonly kind: BurdenEditKind;
  /** What the reader did, e.g. "split #2 into #2, #7" (shown in the Undo button's tooltip). */
  readonly label: string;
  readonly before: BurdenSnapshot;
  readonly after: BurdenSnapshot;
}

export interface BurdenHistory {
  readonly undo: readonly BurdenCommand[];
  readonly redo: readonly BurdenCommand[];
}

export const EMPTY_HISTORY: BurdenHistory = { undo: [], redo: [] };

/** Commands kept: an exclusion stroke's snapshot holds a cropped whole-body mask (a few MB). */
export const HISTORY_LIMIT = 30;

/** A new edit: on top of the undo stack (the oldest dropped past the limit); the redo stack is cleared. */
export function pushCommand(h: BurdenHistory, c: BurdenCommand, limit = HISTORY_LIMIT): BurdenHistory {
  return { undo: [...h.undo, c].slice(-limit), redo: [] };
}

/** Undo: the state to restore and the stacks after; null when there is nothing to undo. */
export function stepBack(h: BurdenHistory): { history: BurdenHistory; restore: BurdenSnapshot; command: BurdenCommand } | null {
  const c = h.undo.at(-1);
  return c ? { history: { undo: h.undo.slice(0, -1), redo: [...h.redo, c] }, restore: c.before, command: c } : null;
}

/** Redo: the state to restore and the stacks after; null when there is nothing to redo. */
export function stepForward(h: BurdenHistory): { history: BurdenHistory; restore: BurdenSnapshot; command: BurdenCommand } | null {
  const c = h.redo.at(-1);
  return c ? { history: { undo: [...h.undo, c], redo: h.redo.slice(0, -1) }, restore: c.after, command: c } : null;
}
