/** What a measurement key does: pick a tool, PET threshold sphere, delete or step through the lesions. */
export type MeasureKeyAction =
  | { readonly kind: 'tool'; readonly tool: 'bidirectional' | 'length' | 'ellipse' | 'grow' | 'sphere' }
  | { readonly kind: 'threshold' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'step'; readonly dir: 1 | -1 };

export interface MeasureKey {
  readonly key: string;
  /** Shown in the help and the tool buttons' tooltips. */
  readonly label: string;
  readonly action: MeasureKeyAction;
}

/**
 * Measurement keys of the reading room (the help overlay lists them). Letters are those no other key
 * uses (W P Z S C R I O H M F T V G, B E X A N Q are taken; E stays the eraser / edit tool's). Brush is B
 * (BrushControls). Presentation mode has its own keys and stops these.
 */
export const MEASURE_KEYS: readonly MeasureKey[] = [
  { key: 'd', label: 'RECIST bidirectional (long and short diameters)', action: { kind: 'tool', tool: 'bidirectional' } },
  { key: 'l', label: 'Length', action: { kind: 'tool', tool: 'length' } },
  { key: 'k', label: 'Ellipse ROI', action: { kind: 'tool', tool: 'ellipse' } },
  { key: 'u', label: 'Click-to-grow (3D region)', action: { kind: 'tool', tool: 'grow' } },
  { key: 'y', label: 'Sphere ROI (3D)', action: { kind: 'tool', tool: 'sphere' } },
  { key: 'j', label: 'PET threshold ROI: sphere with a threshold (41 % of SUVmax unless one is set)', action: { kind: 'threshold' } },
  { key: 'Delete', label: 'Delete the selected lesion (also Backspace; undo with Ctrl+Z)', action: { kind: 'delete' } },
  { key: ']', label: 'Next lesion: select it and go to it', action: { kind: 'step', dir: 1 } },
  { key: '[', label: 'Previous lesion', action: { kind: 'step', dir: -1 } },
];

/** The measurement key of a key event (no modifier; Backspace = Delete), or undefined. */
export function measureKeyFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): MeasureKey | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const key = e.key === 'Backspace' ? 'Delete' : e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return MEASURE_KEYS.find((k) => k.key === key);
}

/** The key of a measure tool, for its button's tooltip ("D"), or undefined. */
export function keyOfTool(tool: string): string | undefined {
  const k = MEASURE_KEYS.find((m) => (m.action.kind === 'tool' && m.action.tool === tool) || (m.action.kind === 'threshold' && tool === 'threshold'));
  return k?.key.toUpperCase();
}

/** The lesion after (dir 1) or before (-1) the selected one, wrapping round; the first when none is selected. */
export function stepLesion(ids: readonly string[], selected: string | null, dir: 1 | -1): string | undefined {
  if (!ids.length) return undefined;
  const i = selected === null ? -1 : ids.indexOf(selected);
  if (i < 0) return dir > 0 ? ids[0] : ids[ids.length - 1];
  return ids[(i + dir + ids.length) % ids.length];
}
