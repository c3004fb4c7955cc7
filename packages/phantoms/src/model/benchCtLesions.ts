import { createEllipsoid } from './createEllipsoid';
import type { LesionModel, Structure } from './buildPatientModel';

/** L5 tissue: an enhancing soft-tissue mass, distinct in HU from the 40 HU soft tissue around it. */
const L5_TISSUE = { name: 'L5 abdominal soft-tissue mass (benchmark set only)', hu: 80, suv: 1, adc: 1, s0: 1, t2: 1 } as const;

const l5 = (scale: number) => createEllipsoid({ centre: [-60, 0, -240], semiAxes: [26 * scale, 22 * scale, 21 * scale], rotationDeg: { aboutZ: 25 } });

/**
 * Lesions painted into the CT of the `--large` (benchmark) set only, never the demo: L5, a
 * homogeneous ≈ 50 mL ellipsoid (26 × 22 × 21 mm semi-axes, 4/3·π·a·b·c = 50.3 mL analytic) in
 * the soft tissue below the liver, the click-to-grow benchmark's lesion. It is absent from PET and
 * MR (their truth fields are null).
 */
export function benchCtLesions(): { lesions: LesionModel[]; structures: Structure[] } {
  const outer = l5(1);
  const lesion: LesionModel = { id: 'L5', organ: 'abdominal soft tissue', role: 'target', outer, tissue: L5_TISSUE, searchVoi: l5(1.5), ctOnly: true };
  return { lesions: [lesion], structures: [{ name: 'L5', shape: outer, tissue: L5_TISSUE }] };
}
