import { mainPanels } from '../../app/featurePanels';
import { appStore } from '../../app/store';
import { cohortApi } from './api/cohortApi';
import { markChanged } from './service/timings';
import { CohortView } from './ui/CohortView';
import './ui/cohort.css';

/** Hooks the cohort view (trial arm) into the shell: the view over the window (`G`, toolbar *Cohort*) and `caliper.cohort`. */
export function registerCohort(): void {
  if (mainPanels.some((p) => p.id === 'cohort')) return;
  mainPanels.push({ id: 'cohort', Component: CohortView });
  window.caliper.extend('cohort', cohortApi);
  // The clock of `timings().shownMs` starts when the cohort changes or the view opens.
  appStore.subscribe((s, prev) => {
    if (s.cohortMembers !== prev.cohortMembers || s.cohortCriteria !== prev.cohortCriteria || (s.cohortOpen && !prev.cohortOpen)) markChanged();
  });
}
