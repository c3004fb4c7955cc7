import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createStudiesSlice, type StudiesSlice } from '../features/browser/studiesSlice';
import { createErrorsSlice, type ErrorsSlice } from '../features/errors/errorsSlice';
import { createLoadingSlice, type LoadingSlice } from '../features/loading/loadingSlice';
import { createLayoutSlice, type LayoutSlice } from '../features/layout/layoutSlice';
import { createViewerSlice, type ViewerSlice } from '../features/toolbar/viewerSlice';
import { createReadoutSlice, type ReadoutSlice } from '../features/readout/readoutSlice';
import { createMeasureSlice, type MeasureSlice } from '../features/measure/model/measureSlice';
import { createPersistenceSlice, type PersistenceSlice } from '../features/persistence/persistenceSlice';
import { createTimelineSlice, type TimelineSlice } from '../features/timeline/timelineSlice';
import { createResponseSlice, type ResponseSlice } from '../features/response/model/responseSlice';
import { createPresentationSlice, type PresentationSlice } from '../features/presentation/model/presentationSlice';
import { createCohortSlice, type CohortSlice } from '../features/cohort/model/cohortSlice';
import { createRadiomicsSlice, type RadiomicsSlice } from '../features/radiomics/model/radiomicsSlice';
import { createToastsSlice, type ToastsSlice } from '../features/toasts/toastsSlice';
import { createHangingSlice, type HangingSlice } from '../features/hanging/hangingSlice';
import { createPerfusionSlice, type PerfusionSlice } from '../features/perfusion/model/dceSlice';

export type AppState = StudiesSlice & ErrorsSlice & LoadingSlice & LayoutSlice & ViewerSlice & ReadoutSlice & MeasureSlice & PersistenceSlice & TimelineSlice & ResponseSlice & PresentationSlice & CohortSlice & RadiomicsSlice & ToastsSlice & HangingSlice & PerfusionSlice;

/** The one store. Non-React code (Cornerstone bridge, loaders, window.caliper) uses it directly. */
export const appStore = createStore<AppState>()((...a) => ({
  ...createStudiesSlice(...a),
  ...createErrorsSlice(...a),
  ...createLoadingSlice(...a),
  ...createLayoutSlice(...a),
  ...createViewerSlice(...a),
  ...createReadoutSlice(...a),
  ...createMeasureSlice(...a),
  ...createPersistenceSlice(...a),
  ...createTimelineSlice(...a),
  ...createResponseSlice(...a),
  ...createPresentationSlice(...a),
  ...createCohortSlice(...a),
  ...createRadiomicsSlice(...a),
  ...createToastsSlice(...a),
  ...createHangingSlice(...a),
  ...createPerfusionSlice(...a),
}));

/** React hook: select one field (or use useShallow for several). */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
