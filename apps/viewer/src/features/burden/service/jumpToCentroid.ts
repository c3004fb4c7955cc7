import { appStore } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import { viewportsFor } from '../../../viewports/ids';
import { jumpToPoint } from '../../measure/service/jumpToLesion';

/** Every on-screen plane view goes through the point (patient LPS mm); projections (MIP) already show it. */
export async function jumpToCentroid(centroidMm: readonly [number, number, number]): Promise<string> {
  const specs = viewportsFor(appStore.getState().layout).filter((v) => v.kind !== 'mip' && viewportById(v.id));
  const done = await Promise.all(specs.map((v) => jumpToPoint(v.id, centroidMm)));
  return specs.map((v, i) => `${v.id}: ${done[i]}`).join('; ') || 'no viewport';
}
