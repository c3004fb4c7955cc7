import { segmentation, SphereScissorsTool } from '@cornerstonejs/tools';
import type { Types as ToolTypes } from '@cornerstonejs/tools';
import { labelmapById, writableSliceGetter } from './labelmaps';
import { sphereOfPoints } from './sphereOfPoints';
import { writeSphere } from './writeSphere';

interface SphereOperation {
  readonly points?: readonly (readonly number[])[];
  readonly segmentationId: string;
  readonly segmentIndex: number;
}

/**
 * Strategy of the sphere scissors: writes the true sphere (voxel centres within the radius in mm,
 * as the engine's sphereToMask) into the brush labelmap. Cornerstone's own sphere strategy cuts
 * an ellipsoid whose depth semi-axis is the radius plus half a slice (createEllipseShape), i.e.
 * +12.5 % volume for a 10 mm sphere on 2.5 mm slices, and first builds a labelmap volume copy.
 */
function sphereStrategy(erase: boolean) {
  return (_element: unknown, op: SphereOperation): void => {
    const lm = labelmapById(op.segmentationId);
    if (!lm || !op.points || op.points.length < 2) return;
    const { center, radiusMm } = sphereOfPoints(op.points);
    const { changed } = writeSphere(writableSliceGetter(lm), lm.ev.geometry, center, radiusMm, op.segmentIndex, { erase });
    if (changed.length) segmentation.triggerSegmentationEvents.triggerSegmentationDataModified(lm.segmentationId);
  };
}

/** Cornerstone's SphereScissorsTool (drag from the centre; the circle shown while dragging) cutting a true sphere. */
export class CaliperSphereScissorsTool extends SphereScissorsTool {
  static override toolName = 'CaliperSphereScissor';
  constructor(toolProps: ToolTypes.PublicToolProps = {}) {
    super(toolProps, {
      supportedInteractionTypes: ['Mouse', 'Touch'],
      configuration: {
        strategies: { FILL_INSIDE: sphereStrategy(false), ERASE_INSIDE: sphereStrategy(true) },
        defaultStrategy: 'FILL_INSIDE',
        activeStrategy: 'FILL_INSIDE',
      },
    });
  }
}
