import { appStore } from '../../../app/store';
import { warmUp } from './warmUp';

let savedTitle: string | null = null;

const titleOf = (label: string): string => `${label.trim() || 'Cohort'} · Caliper cohort`;

/** Opens the cohort view; the window title becomes the cohort label (never an identifier) until it closes. */
export function openCohort(): void {
  const s = appStore.getState();
  if (s.cohortOpen) return;
  savedTitle = document.title;
  s.setViewer({ helpOpen: false });
  s.setCohort({ cohortOpen: true });
  document.title = titleOf(s.cohortLabel);
  void warmUp();
}

export function closeCohort(): void {
  const s = appStore.getState();
  if (!s.cohortOpen) return;
  s.setCohort({ cohortOpen: false });
  if (savedTitle !== null) document.title = savedTitle;
  savedTitle = null;
}

export function toggleCohort(): void {
  if (appStore.getState().cohortOpen) closeCohort();
  else openCohort();
}

export function setCohortLabel(label: string): void {
  appStore.getState().setCohort({ cohortLabel: label });
  if (appStore.getState().cohortOpen) document.title = titleOf(label);
}
