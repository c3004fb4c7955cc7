/**
 * Whether a press may grab a measurement's handle or body: only the primary (left) button (a touch
 * counts as primary), and never a locked lesion. Pure so it is tested without Cornerstone.
 */
export function mayGrab(event: { readonly button?: number; readonly buttons?: number } | undefined, locked: boolean): boolean {
  if (locked) return false;
  if (!event || typeof event.button !== 'number') return true;
  // `buttons` 1 = only the left button held (a left press during a right drag is not an edit).
  return event.button === 0 && (event.buttons === undefined || event.buttons === 1);
}
