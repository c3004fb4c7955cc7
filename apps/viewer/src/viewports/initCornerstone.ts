import { init as coreInit, volumeLoader, cornerstoneStreamingImageVolumeLoader } from '@cornerstonejs/core';
import { init as dicomLoaderInit } from '@cornerstonejs/dicom-image-loader';
import {
  init as toolsInit, addTool, WindowLevelTool, PanTool, ZoomTool, CrosshairsTool,
  ReferenceLinesTool, MIPJumpToClickTool,
} from '@cornerstonejs/tools';
import { SliceScrollTool } from './sliceScrollTool';
import { loaderMode } from '../features/loading/pipeline/loaderMode';
import { warmDecoders } from '../features/loading/pipeline/decodePool';
import { CALIPER_VOLUME_SCHEME, caliperVolumeLoader } from '../features/loading/pipeline/caliperVolumeLoader';
import { registerCaliperImageLoader } from '../features/loading/pipeline/caliperImageLoader';
import { followViewportFocus } from '../features/loading/pipeline/focusFromViewports';

let initialised: Promise<void> | undefined;

/**
 * Cornerstone3D start-up in the documented order: core, DICOM image loader (with its decode
 * worker pool), tools, the volume loaders, then the tools we use. With Caliper's loader (default)
 * its decode workers and codec start first, in parallel with everything else.
 */
export function initCornerstone(): Promise<void> {
  initialised ??= (async () => {
    const caliper = loaderMode() === 'caliper';
    if (caliper) warmDecoders();
    coreInit();
    const cores = navigator.hardwareConcurrency || 2;
    // Cornerstone's own decoders serve what Caliper's pipeline does not take (multi-frame objects,
    // thumbnails of unopened series) or everything with ?loader=cornerstone: one worker per core (up to 4).
    dicomLoaderInit({ maxWebWorkers: Math.max(1, Math.min(caliper ? 1 : 4, cores)) });
    toolsInit();
    volumeLoader.registerVolumeLoader('cornerstoneStreamingImageVolume', cornerstoneStreamingImageVolumeLoader as never);
    if (caliper) {
      volumeLoader.registerVolumeLoader(CALIPER_VOLUME_SCHEME, caliperVolumeLoader as never);
      registerCaliperImageLoader();
      followViewportFocus();
      // `?bench`: the load benchmark's decode floor (same fetches, parser, codecs and pool, no viewer).
      if (new URLSearchParams(location.search).has('bench')) {
        (window as unknown as { caliperBench: object }).caliperBench = { decodeFloor: (await import('../features/loading/pipeline/decodeFloor')).decodeFloor };
      }
    }
    // SliceScrollTool takes StackScrollTool's name: one scroll direction in stacks and volumes.
    for (const tool of [WindowLevelTool, PanTool, ZoomTool, SliceScrollTool, CrosshairsTool, ReferenceLinesTool, MIPJumpToClickTool]) {
      addTool(tool);
    }
  })();
  return initialised;
}
