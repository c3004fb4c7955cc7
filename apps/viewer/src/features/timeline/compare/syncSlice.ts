import type { Types } from '@cornerstonejs/core';
import { mapSlice, type Side } from '../align/mapSlice';
import type { RigidTransform } from '../align/types';
import { COMPARE_VIEWPORT, otherSide, stackViewport } from './compareViewports';
import type { createEchoGuard } from './echoGuard';
import type { ShownGeometry } from './readGeometry';

export interface SyncContext {
  readonly geometry: { readonly prior: ShownGeometry; readonly current: ShownGeometry };
  readonly transform: () => RigidTransform;
  readonly echo: ReturnType<typeof createEchoGuard>;
}

/**
 * Moves the other side to the slice showing the same anatomy as `imageId` on `from`: its centre
 * mapped through the alignment, nearest plane of the other stack. Our own request is remembered
 * so its answering event does not bounce back.
 */
export function syncSliceFrom(from: Side, imageId: string | undefined, ctx: SyncContext): void {
  const k = imageId === undefined ? -1 : (ctx.geometry[from].indexOf.get(imageId) ?? -1);
  if (k < 0) return;
  const to = otherSide(from);
  const m = mapSlice(from, k, ctx.geometry, ctx.transform());
  const target = stackViewport(to);
  const targetImageId = ctx.geometry[to].imageIds[m.index];
  if (!target || !targetImageId) return;
  const index = target.getImageIds().indexOf(targetImageId);
  if (index < 0 || index === target.getCurrentImageIdIndex()) return;
  ctx.echo.expect(COMPARE_VIEWPORT[to], targetImageId);
  target.setImageIdIndex(index).catch(() => undefined);
}

/** Synchronizer callback (STACK_NEW_IMAGE): the reader scrolled one side. */
export function sliceSyncCallback(ctx: SyncContext) {
  return (_sync: unknown, source: Types.IViewportId, _target: Types.IViewportId, evt: CustomEvent<{ imageId?: string }>) => {
    const from: Side = source.viewportId === COMPARE_VIEWPORT.prior ? 'prior' : 'current';
    const imageId = evt.detail?.imageId;
    if (imageId && ctx.echo.consume(source.viewportId, imageId)) return;
    syncSliceFrom(from, imageId, ctx);
  };
}
