import { describe, expect, it } from 'vitest';
import type { Types as ToolTypes } from '@cornerstonejs/tools';
import { guardNavigation } from '../navigationGuard';

type Tool = { preMouseDownCallback?: (evt: unknown) => boolean | void; anchored?: unknown };
/** A stand-in tool group holding plain tool objects (only what the guard reads). */
function group(tools: Record<string, Tool>): ToolTypes.IToolGroup {
  return { hasTool: (n: string) => n in tools, getToolInstance: (n: string) => tools[n] } as unknown as ToolTypes.IToolGroup;
}
const press = (button: number) => ({ detail: { event: { button } } });

describe('guardNavigation', () => {
  it('a right or middle press is consumed before any annotation is offered it; the tool still sees it first', () => {
    const zoom: Tool = { preMouseDownCallback(evt) { this.anchored = evt; return false; } };
    const pan: Tool = {};
    guardNavigation(group({ Zoom: zoom, Pan: pan }), ['Zoom', 'Pan', 'Absent']);
    const e = press(2);
    expect(zoom.preMouseDownCallback!(e)).toBe(true);
    // Zoom's own anchor (set in its preMouseDownCallback) is kept.
    expect(zoom.anchored).toBe(e);
    expect(pan.preMouseDownCallback!(press(1))).toBe(true);
  });
  it('a left press is left to the tool (the MPR crosshair stays draggable with W/L on the left button)', () => {
    const wl: Tool = {};
    const own: Tool = { preMouseDownCallback: () => true };
    guardNavigation(group({ WindowLevel: wl, Own: own }), ['WindowLevel', 'Own']);
    expect(wl.preMouseDownCallback!(press(0))).toBe(false);
    expect(own.preMouseDownCallback!(press(0))).toBe(true);
  });
  it('guarding twice wraps once', () => {
    let calls = 0;
    const zoom: Tool = { preMouseDownCallback: () => { calls++; return false; } };
    const g = group({ Zoom: zoom });
    guardNavigation(g, ['Zoom']);
    guardNavigation(g, ['Zoom']);
    zoom.preMouseDownCallback!(press(2));
    expect(calls).toBe(1);
  });
});
