import type { BaselineOut, LesionOut, TimepointOut } from '../types';

/** What one criterion computes before the best overall response is taken. */
export interface CriterionCourse {
  baseline: BaselineOut;
  timepoints: TimepointOut[];
  lesions: LesionOut[];
}
