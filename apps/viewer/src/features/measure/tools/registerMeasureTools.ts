import { CrosshairsTool, ToolGroupManager, Enums as ToolEnums } from '@cornerstonejs/tools';
import type { Types as ToolTypes } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import { setLeftTool } from '../../../viewports/tools';
import { MIP_GROUP, STACK_GROUP, VOLUME_GROUP } from '../../../viewports/ids';
import type { MeasureToolId } from '../model/measureSlice';
import { ANNOTATION_TOOLS, CS_TOOL } from './toolNames';
import { addMeasureTools } from './addMeasureTools';

const { MouseBindings } = ToolEnums;

const groups = () => [STACK_GROUP, VOLUME_GROUP, MIP_GROUP].map((id) => ToolGroupManager.getToolGroup(id)).filter((g): g is ToolTypes.IToolGroup => !!g);

/** A measure tool that is not on the left button: annotation tools drawn only, brush/scissors passive. */
function stepBack(g: ToolTypes.IToolGroup, name: string): void {
  if (!g.hasTool(name)) return;
  if (ANNOTATION_TOOLS.includes(name)) g.setToolEnabled(name);
  else g.setToolPassive(name);
}

/**
 * Puts a measure tool on the left mouse button in every group (the shell's tool loses it), or
 * with null gives the button back to the shell's tool. 'grow' frees the button for click-to-grow;
 * 'edit' frees it too and makes every annotation tool Passive, so a left drag on a measurement
 * moves it (a drag elsewhere does nothing). Right/middle/wheel stay zoom, pan and scroll.
 */
export function setMeasureTool(tool: MeasureToolId | null): void {
  appStore.getState().setMeasure({ measureTool: tool });
  for (const g of groups()) {
    addMeasureTools(g);
    for (const name of Object.values(CS_TOOL)) {
      const mode = g.getToolOptions(name)?.mode;
      if (mode === 'Active' || (mode === 'Passive' && ANNOTATION_TOOLS.includes(name))) stepBack(g, name);
    }
    if (!tool) continue;
    for (const name of Object.keys(g.toolOptions)) {
      const opts = g.getToolOptions(name);
      if (opts?.mode !== 'Active') continue;
      const keep = opts.bindings?.filter((b: { mouseButton?: number }) => b.mouseButton !== MouseBindings.Primary) ?? [];
      if (keep.length === opts.bindings?.length) continue;
      if (keep.length) g.setToolActive(name, { bindings: keep });
      else g.setToolPassive(name);
    }
    if (tool === 'edit') for (const name of ANNOTATION_TOOLS) g.setToolPassive(name);
    else if (tool !== 'grow') g.setToolActive(CS_TOOL[tool], { bindings: [{ mouseButton: MouseBindings.Primary }] });
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
      for (const g of groups()) for (const name of Object.values(CS_TOOL)) stepBack(g, name);
    }
  });
}
