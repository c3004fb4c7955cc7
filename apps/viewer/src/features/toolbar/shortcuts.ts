/** Every keyboard shortcut, documented in one place (help overlay and docs/api.md read this). */
export interface Shortcut {
  readonly key: string;
  readonly label: string;
  readonly action: ShortcutAction;
}

export type ShortcutAction =
  | 'help' | 'toolWindowLevel' | 'toolPan' | 'toolZoom' | 'toolScroll' | 'toolCrosshairs'
  | 'preset1' | 'preset2' | 'preset3' | 'preset4' | 'preset5' | 'preset6' | 'preset7'
  | 'reset' | 'invert' | 'cine' | 'nextSlice' | 'prevSlice' | 'overlays' | 'hideIdentifiers'
  | 'layout1x1' | 'layout1x2' | 'layout2x2' | 'layoutMpr' | 'layoutFusion' | 'layoutCompare' | 'hangingNext' | 'close' | 'presentation' | 'cohort';

export const SHORTCUTS: readonly Shortcut[] = [
  { key: '?', label: 'Show / hide this help', action: 'help' },
  { key: 'w', label: 'Window/level tool (left drag)', action: 'toolWindowLevel' },
  { key: 'p', label: 'Pan tool (also middle drag)', action: 'toolPan' },
  { key: 'z', label: 'Zoom tool (also right drag)', action: 'toolZoom' },
  { key: 's', label: 'Scroll tool (also mouse wheel)', action: 'toolScroll' },
  { key: 'c', label: 'Crosshairs (MPR / fusion)', action: 'toolCrosshairs' },
  { key: '1', label: 'CT soft tissue W 400 / L 40', action: 'preset1' },
  { key: '2', label: 'CT lung W 1500 / L −600', action: 'preset2' },
  { key: '3', label: 'CT bone W 1800 / L 400', action: 'preset3' },
  { key: '4', label: 'CT liver W 150 / L 30', action: 'preset4' },
  { key: '5', label: 'PET SUV 0–5 inverted grey', action: 'preset5' },
  { key: '6', label: 'PET SUV 0–10 inverted grey', action: 'preset6' },
  { key: '7', label: 'ADC map 0–3 ×10⁻³ mm²/s', action: 'preset7' },
  { key: 'r', label: 'Reset view (zoom, pan, W/L)', action: 'reset' },
  { key: 'i', label: 'Invert grey scale', action: 'invert' },
  { key: ' ', label: 'Cine play / pause (Space)', action: 'cine' },
  { key: 'ArrowDown', label: 'Next slice (↓)', action: 'nextSlice' },
  { key: 'ArrowUp', label: 'Previous slice (↑)', action: 'prevSlice' },
  { key: 'o', label: 'Show / hide overlays', action: 'overlays' },
  { key: 'h', label: 'Hide patient identifiers (screen share)', action: 'hideIdentifiers' },
  { key: 'F1', label: 'Layout 1×1', action: 'layout1x1' },
  { key: 'F2', label: 'Layout 1×2', action: 'layout1x2' },
  { key: 'F3', label: 'Layout 2×2', action: 'layout2x2' },
  { key: 'm', label: 'MPR of the active series', action: 'layoutMpr' },
  { key: 'f', label: 'PET/CT fusion of the active study', action: 'layoutFusion' },
  { key: 't', label: 'Prior | current of the patient (timeline), synchronised', action: 'layoutCompare' },
  { key: 'F4', label: 'Next hanging protocol that fits the study on screen', action: 'hangingNext' },
  { key: 'Escape', label: 'Close dialogs', action: 'close' },
  { key: 'v', label: 'Tumour-board presentation mode (case summary, identifiers hidden)', action: 'presentation' },
  { key: 'g', label: 'Cohort view: several patients’ readings as one trial arm (waterfall, swimmer, ORR/DCR)', action: 'cohort' },
];

/** Keys handled by feature panels themselves (listed in the help overlay and docs/api.md). */
export const FEATURE_KEYS: readonly { readonly key: string; readonly label: string }[] = [
  { key: 'b', label: 'Brush: paint a segmentation (measure panel)' },
  { key: 'e', label: 'Edit tool: the only tool whose left drag moves or resizes a measurement (never a locked one)' },
  { key: 'Shift+E', label: 'Eraser on the segmentation (measure panel)' },
  { key: 'x', label: 'Scissors: rectangle / circle / sphere, fill or erase (measure panel)' },
  { key: 'Enter', label: 'Accept the click-to-grow preview' },
  { key: 'Esc', label: 'Cancel the click-to-grow preview' },
  { key: 'a', label: 'Response table: lesions × timepoints, sums, categories (response panel)' },
  { key: 'n', label: 'On a follow-up: propose the tracked lesions it lacks, re-measured as before' },
  { key: 'q', label: 'Radiomics panel: IBSI-1 features of the selected lesion' },
  { key: '→ / ←', label: 'Presentation: next / previous tracked lesion' },
  { key: '] / [', label: 'Presentation: next / previous timepoint (also PageDown / PageUp)' },
  { key: 'L / D', label: 'Presentation: laser pointer / dark–light projector theme' },
  { key: 'Z / B', label: 'Presentation: zoom to the lesion / baseline | nadir | current side by side' },
  { key: 'K / A / P', label: 'Presentation: key images of the targets / add the view as a key image / PDF summary' },
  { key: '8 / 9', label: 'PET/CT: SUV window 0–15 / auto from the liver reference (3 × liver mean SUVbw)' },
  { key: '0', label: 'PET/CT: rotating MIP play / pause (click the MIP: the panes go to its hottest voxel)' },
  { key: ', / .', label: 'PET/CT: rotating MIP slower / faster' },
  { key: 'Ctrl+Z', label: 'Undo the last measurement edit' },
  { key: 'Ctrl+Y', label: 'Redo (also Ctrl+Shift+Z)' },
];

/** The shortcut for a key event, or undefined (typing in inputs never triggers shortcuts). */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): Shortcut | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return SHORTCUTS.find((s) => s.key === key);
}
