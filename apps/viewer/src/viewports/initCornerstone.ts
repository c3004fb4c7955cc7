import { init as coreInit, volumeLoader, cornerstoneStreamingImageVolumeLoader } from '@cornerstonejs/core';
import { init as dicomLoaderInit } from '@cornerstonejs/dicom-image-loader';
import {
  init as toolsInit, addTool, WindowLevelTool, PanTool, ZoomTool, CrosshairsTool,
  ReferenceLinesTool, MIPJumpToClickTool,
} from '@cornerstonejs/tools';
import { SliceScrollTool } from './sliceScrollTool';

let initialised: Promise<void> | undefined;

/**
 * Cornerstone3D start-up in the documented order: core, DICOM image loader (with its decode
 * worker pool), tools, the streaming volume loader, then the tools we use.
 */
export function initCornerstone(): Promise<void> {
  initialised ??= (async () => {
    coreInit();
    const cores = navigator.hardwareConcurrency || 2;
    // Decoding is the bulk of volume loading: one worker per core (up to 4).
    dicomLoaderInit({ maxWebWorkers: Math.max(1, Math.min(4, cores)) });
    toolsInit();
    volumeLoader.registerVolumeLoader('cornerstoneStreamingImageVolume', cornerstoneStreamingImageVolumeLoader as never);
    // SliceScrollTool takes StackScrollTool's name: one scroll direction in stacks and volumes.
    for (const tool of [WindowLevelTool, PanTool, ZoomTool, SliceScrollTool, CrosshairsTool, ReferenceLinesTool, MIPJumpToClickTool]) {
      addTool(tool);
    }
  })();
  return initialised;
}
