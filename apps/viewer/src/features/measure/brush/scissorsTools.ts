import type { MeasureToolId } from '../model/measureSlice';

export type ScissorsId = Extract<MeasureToolId, 'scissors' | 'scissorsCircle' | 'scissorsSphere'>;

/** The scissors shapes offered in the brush controls (the measure panel's "Scissors" is the rectangle). */
export const SCISSORS: readonly { readonly id: ScissorsId; readonly label: string; readonly tip: string }[] = [
  { id: 'scissors', label: 'Rect', tip: 'Rectangle scissors: drag a rectangle; its voxels on this slice are filled (or erased)' },
  { id: 'scissorsCircle', label: 'Circle', tip: 'Circle scissors: drag from the centre; the disc on this slice is filled (or erased)' },
  { id: 'scissorsSphere', label: 'Sphere', tip: 'Sphere scissors: drag from the centre; every voxel whose centre is within the radius (mm) on every slice is filled (or erased): a true 3D sphere' },
];

export const isScissors = (tool: string | null | undefined): tool is ScissorsId => SCISSORS.some((s) => s.id === tool);

/** Measure tools that paint the brush labelmap (the labelmap is prepared when one is picked). */
export const isBrushTool = (tool: string | null | undefined): boolean => tool === 'brush' || tool === 'eraser' || isScissors(tool);
