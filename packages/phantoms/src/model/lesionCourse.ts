import type { Tissue } from './tissue';

/** How one lesion looks at one timepoint; null when it is not (yet) present. */
export interface LesionState {
  /** Linear size factor applied to the baseline semi-axes (or base radius). */
  readonly scale: number;
  readonly tissue: Tissue;
  /** Necrotic core: its linear size relative to the outer lesion, and its tissue. */
  readonly core?: { readonly relativeScale: number; readonly tissue: Tissue };
}

const lesion = (name: string, hu: number, suv: number, adc: number, s0: number, t2: number): Tissue => ({ name, hu, suv, adc, s0, t2 });

/**
 * A treated tumour, designed so that every category has a margin a reader cannot measure away
 * (values: truth/course.json, checked in course/__tests__/demoCourse.test.ts):
 * - follow-up 1 (day 56): targets shrink (RECIST 1.1 sum ≈ −36 %: PR, 30 % needed), SUV falls
 *   (hottest SULpeak ≈ −50 % and ≈ −3 SUL: PERCIST PMR, 30 % and 0.8 SUL needed), ADC rises as
 *   cellularity drops;
 * - follow-up 2 (day 112): targets shrink further (target response still PR) but a NEW liver
 *   lesion appears: RECIST PD; it is clearly FDG-avid (SULpeak ≈ 1.3 × the PERCIST measurability
 *   threshold, L4 true SUVbw 7): PERCIST PMD, while no lesion's SULpeak rises, so PMD rests on the
 *   new lesion alone.
 * HU are distinct per lesion so a noise-free CT identifies lesion voxels by value.
 */
export const LESION_COURSE: Record<string, readonly (LesionState | null)[]> = {
  L1: [
    { scale: 1, tissue: lesion('L1 liver metastasis', 35, 8.0, 0.85, 700, 520) },
    { scale: 0.6, tissue: lesion('L1 liver metastasis', 35, 4.5, 1.25, 620, 480) },
    { scale: 0.55, tissue: lesion('L1 liver metastasis', 35, 3.2, 1.45, 560, 450) },
  ],
  L2: [
    { scale: 1, tissue: lesion('L2 lung lesion (lobulated)', 30, 6.0, 1.0, 500, 400) },
    { scale: 0.7, tissue: lesion('L2 lung lesion (lobulated)', 30, 3.5, 1.3, 450, 380) },
    { scale: 0.65, tissue: lesion('L2 lung lesion (lobulated)', 30, 3.0, 1.4, 430, 370) },
  ],
  L3: [
    { scale: 1, tissue: lesion('L3 necrotic liver metastasis, viable rim', 45, 7.0, 0.8, 720, 540), core: { relativeScale: 0.5, tissue: lesion('L3 necrotic core', 10, 0.6, 2.6, 900, 1100) } },
    { scale: 0.65, tissue: lesion('L3 necrotic liver metastasis, viable rim', 45, 4.0, 1.1, 640, 500), core: { relativeScale: 0.6, tissue: lesion('L3 necrotic core', 10, 0.6, 2.6, 900, 1100) } },
    { scale: 0.6, tissue: lesion('L3 necrotic liver metastasis, viable rim', 45, 3.5, 1.2, 600, 480), core: { relativeScale: 0.65, tissue: lesion('L3 necrotic core', 10, 0.6, 2.6, 900, 1100) } },
  ],
  N1: [
    { scale: 1, tissue: lesion('N1 para-aortic lymph node', 25, 5.5, 1.0, 650, 420) },
    { scale: 0.6, tissue: lesion('N1 para-aortic lymph node', 25, 2.8, 1.25, 560, 380) },
    { scale: 0.5, tissue: lesion('N1 para-aortic lymph node', 25, 1.9, 1.4, 500, 350) },
  ],
  L4: [null, null, { scale: 1, tissue: lesion('NEW liver lesion', 20, 7.0, 0.9, 680, 500) }],
};
