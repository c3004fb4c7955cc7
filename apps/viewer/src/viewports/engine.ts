import { RenderingEngine, getRenderingEngine } from '@cornerstonejs/core';
import { ENGINE_ID } from './ids';

/** The single rendering engine shared by all viewports. */
export function getEngine(): RenderingEngine {
  return (getRenderingEngine(ENGINE_ID) as RenderingEngine | undefined) ?? new RenderingEngine(ENGINE_ID);
}
