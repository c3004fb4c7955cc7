import { findFusionPartner } from './findFusionPartner';
import type { SeriesEntry } from './types';

/** The CT and PET to fuse, or why there is none (in the reader's words: no UID). */
export type FusionPair = { readonly ct: SeriesEntry; readonly pet: SeriesEntry } | { readonly error: string };

const named = (s: SeriesEntry): string => `${s.modality}${s.seriesDescription ? ` "${s.seriesDescription}"` : ''}`;

/**
 * What Fusion opens from series `s`: a CT or PET with its partner of the same study
 * (findFusionPartner); from any other series (an MR, an ADC map, a report), the study's own PET/CT —
 * its largest volumetric PET with that PET's CT — so the button works whatever pane is active.
 */
export function fusionPairOf(s: SeriesEntry, all: readonly SeriesEntry[]): FusionPair {
  if (s.modality === 'PT' || s.modality === 'CT') {
    const partner = findFusionPartner(s, all);
    if (partner) return s.modality === 'PT' ? { ct: partner, pet: s } : { ct: s, pet: partner };
    return { error: `Fusion needs a PET and a CT of the same study: this study has no volumetric ${s.modality === 'PT' ? 'CT' : 'PET'} to fuse with ${named(s)}` };
  }
  const pets = all
    .filter((x) => x.studyInstanceUID === s.studyInstanceUID && x.modality === 'PT' && !x.notVolumeReason)
    .sort((a, b) => b.instanceCount - a.instanceCount);
  for (const pet of pets) {
    const ct = findFusionPartner(pet, all);
    if (ct) return { ct, pet };
  }
  return { error: `Fusion needs a PET and a CT of the same study: this study has no ${pets.length ? 'volumetric CT' : 'volumetric PET'} (active series: ${named(s)})` };
}
