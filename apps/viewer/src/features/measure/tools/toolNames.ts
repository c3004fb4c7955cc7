import type { MeasureToolId } from '../model/measureSlice';
import type { ToolKind } from '../model/lesion';

/**
 * Cornerstone tool names of the measure tools. The PET sphere is a CircleROI instance under its
 * own name so its annotations are told apart (and measured as a sphere).
 */
export const CS_TOOL: Record<Exclude<MeasureToolId, 'grow' | 'edit'>, string> = {
  bidirectional: 'Bidirectional',
  length: 'Length',
  ellipse: 'EllipticalROI',
  circle: 'CircleROI',
  rectangle: 'RectangleROI',
  freehand: 'PlanarFreehandROI',
  spline: 'SplineROI',
  sphere: 'CaliperSphereROI',
  brush: 'CaliperBrush',
  eraser: 'CaliperEraser',
  scissors: 'RectangleScissor',
  scissorsCircle: 'CircleScissor',
  scissorsSphere: 'CaliperSphereScissor',
};

/** Tool kind of an annotation's toolName (null: not one of ours); every scissors shape is 'scissors'. */
export function toolKindOf(toolName: string): ToolKind | null {
  for (const [k, v] of Object.entries(CS_TOOL)) if (v === toolName) return (k.startsWith('scissors') ? 'scissors' : k) as ToolKind;
  return null;
}

/** The measure tools that draw annotations (lines, ellipses, contours, spheres): what the edit tool edits. */
export const ANNOTATION_TOOL_IDS = ['bidirectional', 'length', 'ellipse', 'circle', 'rectangle', 'freehand', 'spline', 'sphere'] as const;
export const ANNOTATION_TOOLS: readonly string[] = ANNOTATION_TOOL_IDS.map((id) => CS_TOOL[id]);
