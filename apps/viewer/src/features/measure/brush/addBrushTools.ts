import { addTool, state as toolsState, BrushTool, CircleScissorsTool, RectangleScissorsTool } from '@cornerstonejs/tools';
import type { Types as ToolTypes } from '@cornerstonejs/tools';
import { isScissors } from './scissorsTools';
import { CaliperSphereScissorsTool } from './sphereScissorsTool';

/** Cornerstone brush instances of the measure feature: paint and erase inside a circle. */
const STRATEGY: Record<string, string> = { brush: 'FILL_INSIDE_CIRCLE', eraser: 'ERASE_INSIDE_CIRCLE' };

function addGlobally(): void {
  const known = (toolsState as { tools?: Record<string, unknown> }).tools ?? {};
  for (const T of [BrushTool, RectangleScissorsTool, CircleScissorsTool, CaliperSphereScissorsTool]) if (!known[T.toolName]) addTool(T);
}

/**
 * Adds the brush, eraser (BrushTool instances) or scissors (rectangle, circle, sphere) tool `name`
 * of measure tool `id` to a group; false for any other measure tool.
 */
export function addBrushTool(group: ToolTypes.IToolGroup, id: string, name: string): boolean {
  if (id !== 'brush' && id !== 'eraser' && !isScissors(id)) return false;
  addGlobally();
  if (isScissors(id)) group.addTool(name);
  else group.addToolInstance(name, BrushTool.toolName, { activeStrategy: STRATEGY[id], preview: { enabled: false } });
  return true;
}
