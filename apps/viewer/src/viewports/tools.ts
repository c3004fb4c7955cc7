import {
  ToolGroupManager, WindowLevelTool, PanTool, ZoomTool, StackScrollTool, CrosshairsTool,
  ReferenceLinesTool, MIPJumpToClickTool, Enums as ToolEnums,
} from '@cornerstonejs/tools';
import type { LeftTool } from '../features/toolbar/viewerSlice';
import { MIP_GROUP, STACK_GROUP, VOLUME_GROUP } from './ids';
import { addMeasureTools } from '../features/measure/tools/addMeasureTools';
import { guardNavigation } from '../features/measure/tools/navigationGuard';

const { MouseBindings } = ToolEnums;
const LEFT_TOOLS: Record<LeftTool, string> = {
  windowLevel: WindowLevelTool.toolName,
  pan: PanTool.toolName,
  zoom: ZoomTool.toolName,
  scroll: StackScrollTool.toolName,
  crosshairs: CrosshairsTool.toolName,
};

function ensureGroup(id: string) {
  const existing = ToolGroupManager.getToolGroup(id);
  if (existing) return existing;
  const g = ToolGroupManager.createToolGroup(id)!;
  for (const t of [WindowLevelTool, PanTool, ZoomTool, StackScrollTool]) g.addTool(t.toolName);
  g.setToolActive(PanTool.toolName, { bindings: [{ mouseButton: MouseBindings.Auxiliary }] });
  g.setToolActive(ZoomTool.toolName, { bindings: [{ mouseButton: MouseBindings.Secondary }] });
  g.setToolActive(StackScrollTool.toolName, { bindings: [{ mouseButton: MouseBindings.Wheel }] });
  g.setToolActive(WindowLevelTool.toolName, { bindings: [{ mouseButton: MouseBindings.Primary }] });
  if (id === VOLUME_GROUP) {
    g.addTool(CrosshairsTool.toolName);
    g.setToolPassive(CrosshairsTool.toolName);
  }
  if (id === STACK_GROUP) {
    g.addTool(ReferenceLinesTool.toolName);
  }
  if (id === MIP_GROUP) {
    g.addTool(MIPJumpToClickTool.toolName);
  }
  addMeasureTools(g);
  // Zoom, pan, W/L and scroll drags never grab a measurement (nor the crosshair) they start on.
  guardNavigation(g, [WindowLevelTool.toolName, PanTool.toolName, ZoomTool.toolName, StackScrollTool.toolName]);
  return g;
}

/** Adds a viewport to the right tool group (stack, volume with crosshairs, or MIP). */
export function attachTools(viewportId: string, engineId: string, group: string): void {
  for (const id of [STACK_GROUP, VOLUME_GROUP, MIP_GROUP]) {
    const g = ToolGroupManager.getToolGroup(id);
    if (id !== group && g?.getViewportIds().includes(viewportId)) g.removeViewports(engineId, viewportId);
  }
  ensureGroup(group).addViewport(viewportId, engineId);
}

/** Binds the chosen tool to the primary mouse button in every group that has it. */
export function setLeftTool(tool: LeftTool): void {
  const name = LEFT_TOOLS[tool];
  for (const id of [STACK_GROUP, VOLUME_GROUP, MIP_GROUP]) {
    const g = ToolGroupManager.getToolGroup(id);
    if (!g || !g.hasTool(name)) continue;
    for (const other of Object.values(LEFT_TOOLS)) {
      if (other === name || !g.hasTool(other)) continue;
      const opts = g.getToolOptions(other);
      const keep = opts?.bindings?.filter((b: { mouseButton?: number }) => b.mouseButton !== MouseBindings.Primary) ?? [];
      if (other === CrosshairsTool.toolName) g.setToolPassive(other);
      else if (keep.length) g.setToolActive(other, { bindings: keep });
      else g.setToolPassive(other);
    }
    const own = g.getToolOptions(name)?.bindings?.filter((b: { mouseButton?: number }) => b.mouseButton !== MouseBindings.Primary) ?? [];
    g.setToolActive(name, { bindings: [...own, { mouseButton: MouseBindings.Primary }] });
  }
}
