import type { SeriesEntry } from './types';

/** A PET series described as not attenuation-corrected (NAC, "no AC", "uncorrected"): fused only when nothing else is. */
const NON_AC = /(^|[^a-z])(nac|non[- _]?ac|no[- _]?ac|uncorr\w*|not[- _]corrected)([^a-z]|$)/i;

export interface FusionPartnerChoice {
  readonly partner?: SeriesEntry;
  /** Other candidates ranked the same as the partner: the choice between them is arbitrary (say so). */
  readonly tiedWith: readonly SeriesEntry[];
  /** Candidates left out because their FrameOfReferenceUID (0020,0052) differs from the series'. */
  readonly otherFrame: readonly SeriesEntry[];
}

/** Rank of a candidate: attenuation-corrected PET before NAC, then most images (whole-body PET, full-length CT). */
const rank = (x: SeriesEntry): [number, number] => [x.modality === 'PT' && NON_AC.test(x.seriesDescription) ? 0 : 1, x.instanceCount];

/** Sort order of fusion candidates, preferred first (see rank). */
export function compareFusionCandidates(a: SeriesEntry, b: SeriesEntry): number {
  const ra = rank(a), rb = rank(b);
  return rb[0] - ra[0] || rb[1] - ra[1];
}

/**
 * The series to fuse with `s` — a PT for a CT, a CT for a PT — of the same study and, when both
 * carry one, the same FrameOfReferenceUID: a PET and CT in different frames are not registered,
 * and overlaying them by patient coordinates would be false (a diagnostic CT of another session
 * must not beat the PET's own low-dose CT). Among several: attenuation-corrected PET before NAC,
 * then the one with most images; equal ranks are reported in `tiedWith`.
 */
export function chooseFusionPartner(s: SeriesEntry, all: readonly SeriesEntry[]): FusionPartnerChoice {
  const want = s.modality === 'PT' ? 'CT' : s.modality === 'CT' ? 'PT' : undefined;
  if (!want) return { tiedWith: [], otherFrame: [] };
  const candidates = all.filter((x) => x.studyInstanceUID === s.studyInstanceUID && x.modality === want && !x.notVolumeReason);
  const differs = (x: SeriesEntry) => !!s.frameOfReferenceUID && !!x.frameOfReferenceUID && x.frameOfReferenceUID !== s.frameOfReferenceUID;
  const otherFrame = candidates.filter(differs);
  const ranked = candidates.filter((x) => !differs(x)).sort(compareFusionCandidates);
  const partner = ranked[0];
  if (!partner) return { tiedWith: [], otherFrame };
  const r = rank(partner);
  const tiedWith = ranked.slice(1).filter((x) => {
    const rx = rank(x);
    return rx[0] === r[0] && rx[1] === r[1];
  });
  return { partner, tiedWith, otherFrame };
}

/** The partner chooseFusionPartner picks, if any. */
export function findFusionPartner(s: SeriesEntry, all: readonly SeriesEntry[]): SeriesEntry | undefined {
  return chooseFusionPartner(s, all).partner;
}
