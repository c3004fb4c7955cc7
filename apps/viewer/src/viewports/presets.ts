/** A window/level preset: width/centre in the modality's display unit (HU, SUVbw). */
export interface VoiPreset {
  readonly id: string;
  readonly label: string;
  readonly modality: 'CT' | 'PT';
  readonly width: number;
  readonly center: number;
  /** PET is read as black-on-white (inverted grey). */
  readonly invert?: boolean;
  /** Keyboard shortcut (digit). */
  readonly key: string;
}

export const VOI_PRESETS: readonly VoiPreset[] = [
  { id: 'soft', label: 'Soft tissue (W 400 / L 40)', modality: 'CT', width: 400, center: 40, key: '1' },
  { id: 'lung', label: 'Lung (W 1500 / L −600)', modality: 'CT', width: 1500, center: -600, key: '2' },
  { id: 'bone', label: 'Bone (W 1800 / L 400)', modality: 'CT', width: 1800, center: 400, key: '3' },
  { id: 'liver', label: 'Liver (W 150 / L 30)', modality: 'CT', width: 150, center: 30, key: '4' },
  { id: 'suv5', label: 'PET SUV 0–5 inverted', modality: 'PT', width: 5, center: 2.5, invert: true, key: '5' },
  { id: 'suv10', label: 'PET SUV 0–10 inverted', modality: 'PT', width: 10, center: 5, invert: true, key: '6' },
];

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
