import {
  addTool, state as toolsState, BidirectionalTool, LengthTool, EllipticalROITool, CircleROITool,
  RectangleROITool, PlanarFreehandROITool, SplineROITool,
} from '@cornerstonejs/tools';
import type { Types as ToolTypes } from '@cornerstonejs/tools';
import { ANNOTATION_TOOLS, CS_TOOL } from './toolNames';
import { addBrushTool } from '../brush/addBrushTools';
import { guardAnnotationTool } from './guardAnnotationTool';

const CLASSES = [BidirectionalTool, LengthTool, EllipticalROITool, CircleROITool, RectangleROITool, PlanarFreehandROITool, SplineROITool];

/**
 * Cornerstone's ROI tools compute their own statistics on the main thread on every render of a
 * drag (tens of ms on a 512² CT). Caliper's numbers come from the engine worker, so that work is
 * switched off: the main thread stays free for input and the worker's replies.
 */
const NO_CS_STATS = { calculateStats: false };
/** ROI tools: no Cornerstone label either (it would read "Area: NaN"); the live numbers are Caliper's. */
const ROI_CONFIG = { ...NO_CS_STATS, getTextLines: (): string[] => [] };
const LABELLED = new Set(['bidirectional', 'length']);

function addGlobally(): void {
  const known = (toolsState as { tools?: Record<string, unknown> }).tools ?? {};
  for (const T of CLASSES) if (!known[T.toolName]) addTool(T);
}

/**
 * Adds the measure tools to a tool group. The annotation tools are Enabled: their measurements are
 * drawn but no press grabs them (a Passive tool's annotations are grabbed by any button's press);
 * `setMeasureTool` makes them Passive only for the edit tool. Brush and scissors stay Passive.
 */
export function addMeasureTools(group: ToolTypes.IToolGroup): void {
  addGlobally();
  for (const [id, name] of Object.entries(CS_TOOL)) {
    if (group.hasTool(name)) continue;
    if (addBrushTool(group, id, name)) { /* brush, eraser, scissors */ }
    else if (id === 'sphere') group.addToolInstance(name, CircleROITool.toolName, ROI_CONFIG);
    else group.addTool(name, LABELLED.has(id) ? NO_CS_STATS : ROI_CONFIG);
    if (ANNOTATION_TOOLS.includes(name)) {
      guardAnnotationTool(group, name);
      group.setToolEnabled(name);
    } else group.setToolPassive(name);
  }
}
