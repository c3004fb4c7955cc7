import type { IntensityUnit } from '@caliper/core';
import type { IvhSettings } from '../settings/radiomicsSettings';

const MM3 = new Set(['RNU0', 'YEKZ']);
const MM = new Set(['KLMA', 'L0JK', 'TDIC', 'P9VJ', '7J51']);
const INTENSITY = new Set(['VJGA', '0F91', 'Q4LE', 'Y12H', '1GSF', 'QG58', '8DWT', '84IY', 'SALO', '2OJQ', '4FUA', '1128', 'N72L', '5ZWQ']);
const SQUARED = new Set(['ECT3', 'N8CA']);

/**
 * Unit of a radiomics feature (keyed as computeRadiomics keys it) for display: morphology in mm,
 * mm², mm³, mm⁻¹ (surface to volume) or the series unit × mm³ (integrated intensity); local
 * intensity and intensity statistics in the series unit (variance and energy squared); histogram
 * gradients in voxel counts; IVH intensities in the series unit (bin numbers for FBN); every
 * other feature (ratios, grey-level and texture features) is unitless, "1".
 */
export function radiomicsFeatureUnit(key: string, seriesUnit: IntensityUnit, ivh: IvhSettings): string {
  const code = key.split('.')[0];
  if (MM3.has(code)) return 'mm3';
  if (code === 'C0JK') return 'mm2';
  if (code === '2PR5') return 'mm-1';
  if (MM.has(code)) return 'mm';
  if (code === '99N0') return `${seriesUnit}·mm3`;
  if (INTENSITY.has(code)) return seriesUnit;
  if (SQUARED.has(code)) return `(${seriesUnit})2`;
  if (code === '12CE' || code === 'VQB3') return 'count';
  if (key === 'GBPN.I10' || key === 'GBPN.I90' || code === 'CNV2') return ivh.method === 'FBN' ? '1' : seriesUnit;
  return '1';
}
