import { chooseFusionPartner, compareFusionCandidates } from './findFusionPartner';
import type { SeriesEntry } from './types';

/**
 * The CT and PET to fuse, or why there is none (in the reader's words: no UID). `note` says when
 * the choice was arbitrary (two equal candidates) so the reader can pick the other one.
 */
export type FusionPair = { readonly ct: SeriesEntry; readonly pet: SeriesEntry; readonly note?: string } | { readonly error: string };

const named = (s: SeriesEntry): string => `${s.modality}${s.seriesNumber !== undefined ? ` #${s.seriesNumber}` : ''}${s.seriesDescription ? ` "${s.seriesDescription}"` : ''}`;

/** The pair from a CT or PET `s` and its partner, or the reason there is none. */
function pairFrom(s: SeriesEntry, all: readonly SeriesEntry[]): FusionPair {
  const c = chooseFusionPartner(s, all);
  const other = s.modality === 'PT' ? 'CT' : 'PET';
  if (!c.partner) {
    if (c.otherFrame.length) return { error: `Fusion needs a PET and a CT in the same frame of reference: the ${other} of this study (${c.otherFrame.map(named).join(', ')}) is in another frame than ${named(s)}` };
    return { error: `Fusion needs a PET and a CT of the same study: this study has no volumetric ${other} to fuse with ${named(s)}` };
  }
  const note = c.tiedWith.length ? `Fusion: ${named(c.partner)} chosen; ${c.tiedWith.map(named).join(', ')} ${c.tiedWith.length > 1 ? 'are' : 'is'} equally likely (same size) — open it from its own series to fuse it instead` : undefined;
  return s.modality === 'PT' ? { ct: c.partner, pet: s, ...(note ? { note } : {}) } : { ct: s, pet: c.partner, ...(note ? { note } : {}) };
}

/**
 * What Fusion opens from series `s`: a CT or PET with its partner of the same study and frame of
 * reference (chooseFusionPartner); from any other series (an MR, an ADC map, a report), the study's
 * own PET/CT — its best PET (attenuation-corrected, then largest) with that PET's CT — so the button
 * works whatever pane is active.
 */
export function fusionPairOf(s: SeriesEntry, all: readonly SeriesEntry[]): FusionPair {
  if (s.modality === 'PT' || s.modality === 'CT') return pairFrom(s, all);
  const pets = all.filter((x) => x.studyInstanceUID === s.studyInstanceUID && x.modality === 'PT' && !x.notVolumeReason);
  let firstError: string | undefined;
  for (const pet of [...pets].sort(compareFusionCandidates)) {
    const p = pairFrom(pet, all);
    if (!('error' in p)) return p;
    firstError ??= p.error;
  }
  return { error: firstError && pets.length ? firstError : `Fusion needs a PET and a CT of the same study: this study has no volumetric PET (active series: ${named(s)})` };
}
