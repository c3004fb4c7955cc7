import type { PatientInfo } from '../dicom/commonModules';

export const PATIENT: PatientInfo = {
  name: 'CALIPER^Phantom',
  id: 'CALIPER-PH-001',
  birthDate: '19600314',
  sex: 'M',
  age: '065Y',
  weightKg: 75,
  sizeM: 1.78,
};

export interface TimepointInfo {
  readonly key: 'baseline' | 'followup1' | 'followup2';
  readonly label: string;
  readonly date: string;
  /** Days since baseline. */
  readonly day: number;
}

export const TIMEPOINTS: readonly TimepointInfo[] = [
  { key: 'baseline', label: 'Baseline', date: '20260112', day: 0 },
  { key: 'followup1', label: 'Follow-up 1 (8 weeks)', date: '20260309', day: 56 },
  { key: 'followup2', label: 'Follow-up 2 (16 weeks)', date: '20260504', day: 112 },
];

/** Acquisition clock (DICOM TM) for every timepoint: CT, FDG injection, PET start, MR. */
export const CLOCK = {
  studyTime: '095500',
  ctTime: '100000',
  injectionTime: '090500',
  petTime: '100500',
  /** PET start − injection (s), i.e. the decay interval. */
  uptakeSeconds: 3600,
  mrTime: '110000',
  /** FDG activity injected (Bq). */
  injectedDoseBq: 350e6,
} as const;
