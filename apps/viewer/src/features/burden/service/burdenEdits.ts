import { useBurden } from '../model/burdenState';
import type { BurdenCommand, BurdenEditKind, BurdenSnapshot } from '../model/burdenHistory';
import { EMPTY_HISTORY, pushCommand, stepBack, stepForward } from '../model/burdenHistory';

/** The current editable state, or null before a run. */
export function currentSnapshot(): BurdenSnapshot | null {
  const { result, removed, merged, added } = useBurden.getState();
  return result ? { result, removed, merged, added } : null;
}

/**
 * Applies an edit and records it for undo: `after` is what changes (the rest is kept), `before`
 * the state it replaces (default: now; an exclusion stroke passes the state from before the stroke).
 */
export function commitBurdenEdit(kind: BurdenEditKind, label: string, after: Partial<BurdenSnapshot>, before: BurdenSnapshot | null = currentSnapshot()): BurdenCommand | null {
  if (!before) return null;
  const st = useBurden.getState();
  // Removals and merges only name lesions that still exist.
  const next: BurdenSnapshot = { ...before, ...after };
  const ids = new Set(next.result.lesions.map((l) => l.id));
  const clean: BurdenSnapshot = { ...next, removed: next.removed.filter((id) => ids.has(id)), added: next.added.filter((id) => ids.has(id)), merged: next.merged.filter((g) => ids.has(Math.min(...g))) };
  const c: BurdenCommand = { kind, label, before, after: clean };
  st.set({ ...clean, history: pushCommand(st.history, c), selected: st.selected.filter((id) => ids.has(id)), editMessage: null });
  return c;
}

/**
 * Whether a command's end state is still the one shown: the result was not replaced from outside
 * the history (a new run, a reading restored by `set`). Lesion lists are compared, not the result,
 * so a brush stroke under way (same lesions, new exclusion) does not count as a replacement.
 */
const current = (s: BurdenSnapshot): boolean => useBurden.getState().result?.lesions === s.result.lesions;

/** Undoes the last burden edit; false when there is none (or the history belongs to a replaced result: it is then cleared). */
export function undoBurdenEdit(): boolean {
  const st = useBurden.getState();
  const s = stepBack(st.history);
  if (!s) return false;
  if (!current(s.command.after)) {
    st.set({ history: EMPTY_HISTORY });
    return false;
  }
  st.set({ ...s.restore, history: s.history, selected: [], editMessage: null });
  return true;
}

/** Redoes the last undone burden edit; false when there is none (or the history is stale, as above). */
export function redoBurdenEdit(): boolean {
  const st = useBurden.getState();
  const s = stepForward(st.history);
  if (!s) return false;
  if (!current(s.command.before)) {
    st.set({ history: EMPTY_HISTORY });
    return false;
  }
  st.set({ ...s.restore, history: s.history, selected: [], editMessage: null });
  return true;
}
