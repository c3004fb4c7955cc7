/**
 * Physical properties of a tissue in every modality the phantom renders.
 * hu: CT attenuation (HU); suv: true uptake (SUVbw, g/mL); adc: apparent diffusion coefficient
 * (10^-3 mm2/s); s0: DWI signal at b = 0 (arbitrary units); t2: T2-weighted signal (a.u.).
 */
export interface Tissue {
  readonly name: string;
  readonly hu: number;
  readonly suv: number;
  readonly adc: number;
  readonly s0: number;
  readonly t2: number;
}

const t = (name: string, hu: number, suv: number, adc: number, s0: number, t2: number): Tissue => ({ name, hu, suv, adc, s0, t2 });

/** Normal tissues. HU values are distinct so a noise-free CT identifies every voxel's tissue. */
export const TISSUES = {
  fat: t('subcutaneous fat', -100, 0.3, 0.1, 40, 700),
  softTissue: t('soft tissue', 40, 0.8, 1.5, 300, 180),
  lung: t('lung', -850, 0.4, 2.0, 8, 15),
  liver: t('liver', 60, 2.0, 1.1, 350, 220),
  spleen: t('spleen', 50, 1.8, 0.8, 600, 450),
  bloodPool: t('aorta (blood pool)', 150, 1.6, 3.0, 30, 40),
  cortex: t('vertebral cortex', 900, 1.0, 0.3, 20, 30),
  marrow: t('vertebral marrow', 250, 1.5, 0.5, 150, 300),
} as const;
