import { StackViewport, getEnabledElement, type Types } from '@cornerstonejs/core';
import { StackScrollTool } from '@cornerstonejs/tools';
import { wheelSign } from './navigation/sliceNumber';
import { lpsDirection } from './navigation/spaces';
import { axesOf } from './viewportInfo';

type ToolEvent = Parameters<StackScrollTool['mouseWheelCallback']>[0];

/** +1 when a positive scroll step raises the slice number in this viewport, −1 when it lowers it. */
export function scrollSign(viewport: Types.IStackViewport | Types.IVolumeViewport | undefined): 1 | -1 {
  if (!viewport || viewport instanceof StackViewport) return 1;
  const data = (viewport as Types.IVolumeViewport).getImageData();
  const normal = viewport.getCamera().viewPlaneNormal;
  return data && normal ? wheelSign(axesOf(data.direction), lpsDirection(normal)) : 1;
}

/**
 * Cornerstone's stack scroll with one direction everywhere: wheel down (or drag down) raises the
 * slice number (viewports/navigation/sliceNumber) in stacks, MPR and fusion alike. Cornerstone
 * scrolls a volume along its camera normal, which points to −k in axial and −j in coronal views,
 * the opposite of a stack's next image; this flips the step per viewport. Registered under
 * StackScrollTool's own name, so every tool group's scroll binding uses it.
 */
export class SliceScrollTool extends StackScrollTool {
  static override toolName = StackScrollTool.toolName;

  private withSign(evt: { detail: unknown }, run: () => void): void {
    const saved = this.configuration.invert as boolean;
    const { element } = evt.detail as { element: HTMLDivElement };
    this.configuration.invert = scrollSign(getEnabledElement(element)?.viewport as Types.IStackViewport | Types.IVolumeViewport | undefined) < 0 ? !saved : saved;
    try {
      run();
    } finally {
      this.configuration.invert = saved;
    }
  }

  override mouseWheelCallback(evt: ToolEvent): void {
    this.withSign(evt, () => super.mouseWheelCallback(evt));
  }

  override mouseDragCallback(evt: Parameters<StackScrollTool['mouseDragCallback']>[0]): void {
    this.withSign(evt, () => super.mouseDragCallback(evt));
  }
}
