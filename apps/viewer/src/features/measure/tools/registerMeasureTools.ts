import { CrosshairsTool, ToolGroupManager, Enums as ToolEnums } from '@cornerstonejs/tools';
import type { Types as ToolTypes } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import { setLeftTool } from '../../../viewports/tools';
import { MIP_GROUP, STACK_GROUP, VOLUME_GROUP } from '../../../viewports/ids';
import type { MeasureToolId } from '../model/measureSlice';
import { CS_TOOL } from './toolNames';
import { addMeasureTools } from './addMeasureTools';

const { MouseBindings } = ToolEnums;

const groups = () => [STACK_GROUP, VOLUME_GROUP, MIP_GROUP].map((id) => ToolGroupManager.getToolGroup(id)).filter((g): g is ToolTypes.IToolGroup => !!g);

/**
 * Puts a measure tool on the left mouse button in every group (the shell's tool loses it), or
 * with null gives the button back to the shell's tool. 'grow' frees the button for click-to-grow.
 */
export function setMeasureTool(tool: MeasureToolId | null): void {
  appStore.getState().setMeasure({ measureTool: tool });
  for (const g of groups()) {
    addMeasureTools(g);
    for (const name of Object.values(CS_TOOL)) if (g.getToolOptions(name)?.mode === 'Active') g.setToolPassive(name);
    if (!tool) continue;
    for (const name of Object.keys(g.toolOptions)) {
      const opts = g.getToolOptions(name);
      if (opts?.mode !== 'Active') continue;
      const keep = opts.bindings?.filter((b: { mouseButton?: number }) => b.mouseButton !== MouseBindings.Primary) ?? [];
      if (keep.length === opts.bindings?.length) continue;
      if (keep.length) g.setToolActive(name, { bindings: keep });
      else g.setToolPassive(name);
    }
    if (tool !== 'grow') g.setToolActive(CS_TOOL[tool], { bindings: [{ mouseButton: MouseBindings.Primary }] });
    // MPR: a passive crosshair still grabs a press near its lines, so a ROI started on the plane of
    // another view (e.g. at the lesion centre) would move the planes instead: shown only, while measuring.
    if (g.hasTool(CrosshairsTool.toolName)) g.setToolEnabled(CrosshairsTool.toolName);
  }
  if (!tool) setLeftTool(appStore.getState().leftTool);
}

/** When the user picks a shell tool (W/L, pan…), the measure tool steps back. */
export function followShellTool(): () => void {
  return appStore.subscribe((s, prev) => {
    if (s.leftTool !== prev.leftTool && s.measureTool) {
      appStore.getState().setMeasure({ measureTool: null });
      for (const g of groups()) for (const name of Object.values(CS_TOOL)) if (g.hasTool(name)) g.setToolPassive(name);
    }
  });
}
