import type { Lesion, LesionEdit } from './lesion';
import { mainValueOfShape } from './mainValue';

/** When and how a command runs (the store stamps it; tests pass their own). */
export interface CommandContext {
  readonly at: string;
  readonly via: LesionEdit['via'];
}

/** Bookkeeping fields that change with every edit: not what the reader changed. */
const QUIET = new Set(['version', 'focusMm', 'history', 'location']);

/**
 * The history entry for changing `old` into `next` (null when nothing the reader sees changed). A
 * changed drawing with the same shape is 'drawing' (e.g. a segmentation's auto-RECIST line moved).
 */
export function historyEntry(old: Lesion, next: Lesion, fields: readonly string[], ctx: CommandContext): LesionEdit | null {
  const shown = fields.filter((f) => !QUIET.has(f) && JSON.stringify(old[f as keyof Lesion]) !== JSON.stringify(next[f as keyof Lesion]));
  const named = shown.map((f) => (f === 'annotation' ? 'drawing' : f)).filter((f, i, a) => a.indexOf(f) === i);
  // A shape change carries its drawing along: name it once, as a shape change.
  const out = named.includes('shape') ? named.filter((f) => f !== 'drawing') : named;
  if (!out.length) return null;
  const before = out.includes('shape') ? mainValueOfShape(old.shape) : null;
  const after = out.includes('shape') ? mainValueOfShape(next.shape) : null;
  return { at: ctx.at, via: ctx.via, fields: out, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/** "long axis 40.0 mm → 42.3 mm", "name, role", "locked" (for the history list and tooltips). */
export function describeEdit(e: LesionEdit): string {
  const what = e.via === 'edit' ? '' : `${e.via}: `;
  if (e.before && e.after) {
    const f = (v: number) => v.toFixed(e.after!.unit === 'mL' ? 2 : 1);
    return `${what}${e.after.name} ${f(e.before.value)} ${e.before.unit} → ${f(e.after.value)} ${e.after.unit}`;
  }
  return `${what}${e.fields.join(', ')}`;
}
