import { PATIENT } from '../study/patient';
import { demoSulPerSuvbw } from './buildCourse';
import { COURSE_DEFINITIONS } from './courseDefinitions';
import type { Course } from './courseTypes';

/** The contents of truth/course.json: the patient, what the fields mean, and the `course` block. */
export function courseFile(course: Course) {
  const sul = demoSulPerSuvbw();
  return {
    version: 1,
    patient: {
      id: PATIENT.id,
      name: PATIENT.name,
      sex: PATIENT.sex,
      weight_kg: PATIENT.weightKg,
      height_m: PATIENT.sizeM,
      leanBodyMassJanmahasatian_kg: sul * PATIENT.weightKg,
      sulPerSuvbw: sul,
    },
    definitions: COURSE_DEFINITIONS,
    timeline: 'course.timeline.json',
    course,
  };
}
