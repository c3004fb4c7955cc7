import type { Types } from '@cornerstonejs/core';
import { viewportById } from '../../../viewports/controller';
import type { Side } from '../align/mapSlice';

/** The compare layout's viewports (viewports/ids.ts 'compare'): slot 0 prior, slot 1 current. */
export const COMPARE_VIEWPORT: Readonly<Record<Side, string>> = { prior: 'cmp-prior', current: 'cmp-current' };

export const sideOf = (viewportId: string): Side => (viewportId === COMPARE_VIEWPORT.prior ? 'prior' : 'current');
export const otherSide = (side: Side): Side => (side === 'prior' ? 'current' : 'prior');

export const stackViewport = (side: Side): Types.IStackViewport | undefined => viewportById(COMPARE_VIEWPORT[side]) as Types.IStackViewport | undefined;
