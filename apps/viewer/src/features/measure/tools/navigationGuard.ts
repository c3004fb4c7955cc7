import type { Types as ToolTypes } from '@cornerstonejs/tools';

type Callback = (evt: unknown) => boolean | void;
type Tool = { preMouseDownCallback?: Callback; __caliperGuard?: boolean };

/**
 * Navigation (zoom, pan, window/level, scroll) owns the press that starts it. Cornerstone 5 offers
 * a mouse-down to every Active *and* Passive annotation tool of the group whatever the button
 * (`getToolsWithModesForMouseEvent(evt, [Active])` without a button filter), so a right-drag to
 * zoom that began on a measurement grabbed it and moved it. The button's active tool is asked
 * first (`preMouseDownCallback`); answering true consumes the press before any annotation is
 * looked at, and the drag still goes to the tool (`mouseDragCallback`). Only non-left presses are
 * consumed (see below).
 */
export function guardNavigation(group: ToolTypes.IToolGroup, toolNames: readonly string[]): void {
  for (const name of toolNames) {
    if (!group.hasTool(name)) continue;
    const tool = group.getToolInstance(name) as Tool | undefined;
    if (!tool || tool.__caliperGuard) continue;
    const own = tool.preMouseDownCallback?.bind(tool);
    // Zoom sets its anchor point in its own preMouseDownCallback: keep that, then consume. A left
    // press is left alone: no measurement is grabbable then (measure tools are Enabled unless one is
    // on the left button), and the MPR crosshair must stay draggable with W/L on the left button.
    tool.preMouseDownCallback = (evt) => {
      const consumed = own?.(evt);
      const button = (evt as { detail?: { event?: { button?: number } } })?.detail?.event?.button;
      return button !== undefined && button !== 0 ? true : !!consumed;
    };
    tool.__caliperGuard = true;
  }
}
