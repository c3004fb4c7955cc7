import { Enums } from '@cornerstonejs/core';

/**
 * The Cornerstone element events the app listens to (one typed map; the bridge is the only
 * place that subscribes to them).
 */
export const BRIDGED_EVENTS = {
  rendered: Enums.Events.IMAGE_RENDERED,
  newImage: Enums.Events.STACK_NEW_IMAGE,
  voi: Enums.Events.VOI_MODIFIED,
  camera: Enums.Events.CAMERA_MODIFIED,
  volumeNewImage: Enums.Events.VOLUME_NEW_IMAGE,
} as const;

export type BridgedEvent = keyof typeof BRIDGED_EVENTS;
