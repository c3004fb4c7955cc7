import { ToolGroupManager, EllipticalROITool, Enums as ToolEnums } from '@cornerstonejs/tools';
import { MIP_GROUP, STACK_GROUP, VOLUME_GROUP } from '../../../viewports/ids';
import { setMeasureTool } from '../tools/registerMeasureTools';

/** Name of the benchmark's baseline: Cornerstone's stock EllipticalROI, its own statistics on. */
export const CS_STATS_ELLIPSE = 'CornerstoneStatsEllipse';

/**
 * Interaction benchmark only (caliper.measureDebug.useCornerstoneStatsTool): puts Cornerstone's
 * stock elliptical ROI, computing its statistics on the main thread as shipped, on the left mouse
 * button, so the same drag can be timed against Caliper's worker-measured ellipse in the same run.
 * Its annotations are not Caliper lesions (the bridge ignores unknown tool names).
 */
export function useCornerstoneStatsTool(): void {
  setMeasureTool(null);
  for (const id of [STACK_GROUP, VOLUME_GROUP, MIP_GROUP]) {
    const g = ToolGroupManager.getToolGroup(id);
    if (!g) continue;
    if (!g.hasTool(CS_STATS_ELLIPSE)) g.addToolInstance(CS_STATS_ELLIPSE, EllipticalROITool.toolName, { calculateStats: true });
    for (const name of Object.keys(g.toolOptions)) {
      const opts = g.getToolOptions(name);
      const primary = opts?.bindings?.some((b: { mouseButton?: number }) => b.mouseButton === ToolEnums.MouseBindings.Primary);
      if (opts?.mode === 'Active' && primary) g.setToolPassive(name);
    }
    g.setToolActive(CS_STATS_ELLIPSE, { bindings: [{ mouseButton: ToolEnums.MouseBindings.Primary }] });
  }
}
