import { addTool, state as toolsState, BrushTool, RectangleScissorsTool } from '@cornerstonejs/tools';
import type { Types as ToolTypes } from '@cornerstonejs/tools';

/** Cornerstone brush instances of the measure feature: paint and erase inside a circle. */
const STRATEGY: Record<string, string> = { brush: 'FILL_INSIDE_CIRCLE', eraser: 'ERASE_INSIDE_CIRCLE' };

function addGlobally(): void {
  const known = (toolsState as { tools?: Record<string, unknown> }).tools ?? {};
  for (const T of [BrushTool, RectangleScissorsTool]) if (!known[T.toolName]) addTool(T);
}

/**
 * Adds the brush, eraser (BrushTool instances) or scissors tool `name` of measure tool `id` to a
 * group; false for any other measure tool.
 */
export function addBrushTool(group: ToolTypes.IToolGroup, id: string, name: string): boolean {
  if (id !== 'brush' && id !== 'eraser' && id !== 'scissors') return false;
  addGlobally();
  if (id === 'scissors') group.addTool(name);
  else group.addToolInstance(name, BrushTool.toolName, { activeStrategy: STRATEGY[id], preview: { enabled: false } });
  return true;
}
