import { adcDisplayRange, type AdcDisplayMapping } from './adcDisplay';

/**
 * A window/level preset: width/centre in the modality's display unit (HU, SUVbw), or for an ADC
 * preset in 10⁻³ mm²/s (converted to each ADC map's displayed unit by `presetVoiRange`).
 */
export interface VoiPreset {
  readonly id: string;
  readonly label: string;
  readonly modality: 'CT' | 'PT' | 'MR';
  readonly width: number;
  readonly center: number;
  /** PET is read as black-on-white (inverted grey). */
  readonly invert?: boolean;
  /** Keyboard shortcut (digit); '' for none (chosen from the W/L menu). */
  readonly key: string;
  /** Only for ADC maps (Caliper's fit or a scanner's stored map); width/centre in 10⁻³ mm²/s. */
  readonly adc?: boolean;
  /** Tooltip: how the window is chosen. */
  readonly title?: string;
}

export const VOI_PRESETS: readonly VoiPreset[] = [
  { id: 'soft', label: 'Soft tissue (W 400 / L 40)', modality: 'CT', width: 400, center: 40, key: '1' },
  { id: 'lung', label: 'Lung (W 1500 / L −600)', modality: 'CT', width: 1500, center: -600, key: '2' },
  { id: 'bone', label: 'Bone (W 1800 / L 400)', modality: 'CT', width: 1800, center: 400, key: '3' },
  { id: 'liver', label: 'Liver (W 150 / L 30)', modality: 'CT', width: 150, center: 30, key: '4' },
  { id: 'suv5', label: 'PET SUV 0–5 inverted', modality: 'PT', width: 5, center: 2.5, invert: true, key: '5' },
  { id: 'suv10', label: 'PET SUV 0–10 inverted', modality: 'PT', width: 10, center: 5, invert: true, key: '6' },
  {
    id: 'adc', label: 'ADC 0–3 ×10⁻³ mm²/s', modality: 'MR', width: 3, center: 1.5, adc: true, key: '7',
    title: 'ADC map: black at 0, white at 3 ×10⁻³ mm²/s (free water ≈ 3.0 at 37 °C); a scanner map stored in µm²/s gets the same range in its unit (0–3000)',
  },
  // Appended (digit shortcuts index this list): the PET/CT display's third fixed window.
  { id: 'suv15', label: 'PET SUV 0–15 inverted', modality: 'PT', width: 15, center: 7.5, invert: true, key: '8', title: 'PET window SUVbw 0–15 (fused colour scale, PET grey and MIP ×2)' },
  // Appended, menu only: the head CT window (grey/white matter, CT perfusion's hanging).
  { id: 'brain', label: 'Brain (W 80 / L 40)', modality: 'CT', width: 80, center: 40, key: '', title: 'Head CT: grey and white matter apart (W 80 / L 40 HU)' },
];

/**
 * The voiRange (in the displayed unit of the image) a preset gives: its width/centre, or for an ADC
 * preset the same range of ADC through the image's ADC display mapping. Undefined when an ADC preset
 * meets an image that is not an ADC map.
 */
export function presetVoiRange(p: VoiPreset, adc: AdcDisplayMapping | undefined): { lower: number; upper: number } | undefined {
  const r = voiRangeOf(p);
  if (!p.adc) return r;
  return adc ? adcDisplayRange(adc, r.lower, r.upper) : undefined;
}

/** The presets the W/L menu offers: ADC ones only while an ADC map is shown. */
export const presetsFor = (adcShown: boolean): VoiPreset[] => VOI_PRESETS.filter((p) => !p.adc || adcShown);

export const voiRangeOf = (p: { width: number; center: number }) => ({
  lower: p.center - p.width / 2,
  upper: p.center + p.width / 2,
});

/** Default display of a modality (CT soft tissue, PET SUV 0–5 inverted), else undefined (auto). */
export function defaultPreset(modality: string): VoiPreset | undefined {
  if (modality === 'CT') return VOI_PRESETS[0];
  if (modality === 'PT') return VOI_PRESETS[4];
  return undefined;
}
