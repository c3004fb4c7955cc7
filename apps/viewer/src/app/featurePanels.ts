import type { ComponentType } from 'react';

/**
 * Extension point for feature panels in the sidebar (e.g. features/measure adds its lesion table
 * here with `featurePanels.push({ id: 'measure', Component })` before the app renders).
 */
export const featurePanels: { id: string; Component: ComponentType }[] = [];
