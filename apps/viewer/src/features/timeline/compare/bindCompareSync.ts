import { Enums, type Types } from '@cornerstonejs/core';
import { SynchronizerManager, synchronizers } from '@cornerstonejs/tools';
import { ENGINE_ID } from '../../../viewports/ids';
import type { RigidTransform } from '../align/types';
import type { CompareSync } from '../timelineSlice';
import { COMPARE_VIEWPORT, stackViewport } from './compareViewports';
import { createEchoGuard } from './echoGuard';
import type { ShownGeometry } from './readGeometry';
import { cameraSyncCallback, syncCameraFrom } from './syncCamera';
import { sliceSyncCallback, syncSliceFrom } from './syncSlice';

const IDS = { slice: 'caliper-compare-slice', zoomPan: 'caliper-compare-zoompan', voi: 'caliper-compare-voi' } as const;

export interface CompareSyncBinding {
  /** Applies the sync switches (a switched-off kind stops following). */
  setEnabled(sync: CompareSync): void;
  /** Brings the prior to the current's slice, scale, pan (and window when `voi`). */
  followCurrent(voi: boolean): void;
  unbind(): void;
}

/**
 * Synchronises the compare viewports with Cornerstone synchronizers: slices by patient position
 * through the alignment (our callback: nearest plane along the normal, echo-guarded), zoom/pan by
 * physical scale and the mapped focal point (our callback), window/level with Cornerstone's stock
 * VOI synchronizer (only meaningful between series of one modality: `sameModality`).
 */
export function bindCompareSync(geometry: { prior: ShownGeometry; current: ShownGeometry }, transform: () => RigidTransform, sameModality: boolean): CompareSyncBinding {
  for (const id of Object.values(IDS)) SynchronizerManager.destroySynchronizer(id);
  const ctx = { geometry, transform, echo: createEchoGuard() };
  const slice = SynchronizerManager.createSynchronizer(IDS.slice, Enums.Events.STACK_NEW_IMAGE, sliceSyncCallback(ctx) as never);
  const zoomPan = SynchronizerManager.createSynchronizer(IDS.zoomPan, Enums.Events.CAMERA_MODIFIED, cameraSyncCallback(transform) as never);
  const voi = synchronizers.createVOISynchronizer(IDS.voi, { syncInvertState: true, syncColormap: false });
  const all = [slice, zoomPan, voi];
  for (const s of all) for (const viewportId of Object.values(COMPARE_VIEWPORT)) s.add({ renderingEngineId: ENGINE_ID, viewportId });
  return {
    setEnabled: (sync) => {
      slice.setEnabled(sync.slice);
      zoomPan.setEnabled(sync.zoomPan);
      voi.setEnabled(sync.voi && sameModality);
    },
    followCurrent: (withVoi) => {
      const cur = stackViewport('current');
      syncSliceFrom('current', cur?.getCurrentImageId(), ctx);
      syncCameraFrom('current', transform());
      const range = (cur?.getProperties() as { voiRange?: Types.VOIRange } | undefined)?.voiRange;
      const prior = stackViewport('prior');
      if (withVoi && sameModality && range && prior) {
        prior.setProperties({ voiRange: range });
        prior.render();
      }
    },
    unbind: () => {
      ctx.echo.clear();
      for (const id of Object.values(IDS)) SynchronizerManager.destroySynchronizer(id);
    },
  };
}
