import type { ComponentType } from 'react';

/**
 * Extension point for feature panels in the sidebar (e.g. features/measure adds its lesion table
 * here with `featurePanels.push({ id: 'measure', Component })` before the app renders).
 */
export const featurePanels: { id: string; Component: ComponentType }[] = [];

/** Extension point over the viewport area (e.g. features/timeline's prior | current bar); each decides when to render. */
export const mainPanels: { id: string; Component: ComponentType }[] = [];
