/** What jumpToLesion needs to know about one viewport on screen. */
export interface ShownViewport {
  readonly id: string;
  /** Series it shows (fusion: CT and PET). */
  readonly series: readonly string[];
  /** A projection (MIP): it has no plane to move to. */
  readonly projection?: boolean;
}

/**
 * The viewports a "jump to lesion" moves, in order: the one the lesion was drawn in when it is on
 * screen, then every other on-screen view of one of the lesion's series (in MPR: all three
 * planes through the lesion), never a projection. With none of those, the active viewport.
 */
export function jumpTargets(lesion: { readonly viewportId?: string; readonly seriesUIDs: readonly string[] }, shown: readonly ShownViewport[], activeId: string | undefined): string[] {
  const planes = shown.filter((v) => !v.projection);
  const own = planes.filter((v) => v.id === lesion.viewportId).map((v) => v.id);
  const same = planes.filter((v) => v.id !== lesion.viewportId && v.series.some((s) => lesion.seriesUIDs.includes(s))).map((v) => v.id);
  const out = [...own, ...same];
  if (out.length) return out;
  return activeId && planes.some((v) => v.id === activeId) ? [activeId] : [];
}
