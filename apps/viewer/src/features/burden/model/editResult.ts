import type { BurdenLesion, CroppedMask } from '@caliper/engine';
import { burdenTotals } from './burdenTotals';
import type { BurdenExclusion, BurdenReply } from './burdenTypes';

/** The id a new lesion takes: the result's largest id + 1 (ids stay stable across edits). */
export const nextLesionId = (r: BurdenReply): number => r.lesions.reduce((m, l) => Math.max(m, l.id), 0) + 1;

/** The result with another lesion list; its totals are over every lesion in it (burdenReport drops the removed). */
export function withLesions(r: BurdenReply, lesions: readonly BurdenLesion[], masks: readonly CroppedMask[]): BurdenReply {
  return { ...r, lesions, lesionMasks: masks, totals: burdenTotals(lesions, r.bsaM2) };
}

/** A lesion appended (so the others keep their colours). */
export const withAddedLesion = (r: BurdenReply, lesion: BurdenLesion, mask: CroppedMask): BurdenReply =>
  withLesions(r, [...r.lesions, lesion], [...r.lesionMasks, mask]);

/** Lesion `id` replaced in place by the first part (same id); the other parts appended. */
export function withSplitLesion(r: BurdenReply, id: number, parts: readonly BurdenLesion[], masks: readonly CroppedMask[]): BurdenReply {
  const at = r.lesions.findIndex((l) => l.id === id);
  if (at < 0 || parts.length < 2) return r;
  const lesions = r.lesions.map((l, i) => (i === at ? parts[0] : l)), lm = r.lesionMasks.map((m, i) => (i === at ? masks[0] : m));
  return withLesions(r, [...lesions, ...parts.slice(1)], [...lm, ...masks.slice(1)]);
}

/** Set voxels of a cropped mask. */
export const maskVoxelCount = (m: CroppedMask | null): number => (m?.bbox ? m.data.reduce((s, x) => s + x, 0) : 0);

/** The result with another exclusion mask (drawn at once; the lesions follow when the re-run returns). */
export function withExclusion(r: BurdenReply, mask: CroppedMask | null, source: BurdenExclusion['source'], organs = r.exclusion.organs): BurdenReply {
  return { ...r, exclusionMask: mask, exclusion: { source, voxelCount: maskVoxelCount(mask), organs } };
}
