import type { Result } from '@caliper/core';
import { err, ok, patientPoint } from '@caliper/core';
import type { BurdenLesion, CroppedMask } from '@caliper/engine';
import type { Burden, BurdenScores } from '@caliper/report';
import { decodeMaskRle, encodeMaskRle, uuidToUid } from '@caliper/report';
import { stableUuid } from '../../persistence/mapping/stableUuid';
import type { BurdenState } from './burdenState';
import { useBurden } from './burdenState';
import type { BurdenReply } from './burdenTypes';
import { burdenTotals } from './burdenTotals';
import type { ConfirmedScores, ScoresState } from './scoresState';
import { useScores } from './scoresState';
import { EMPTY_HISTORY } from './burdenHistory';

type BurdenPart = Pick<BurdenState, 'result' | 'seriesUID' | 'removed' | 'merged'>;
type ScoresPart = Pick<ScoresState, 'confirmed' | 'references' | 'hypoxia'>;

/**
 * Tracking UID of a whole-body lesion: derived from what identifies it (series, id, voxel count,
 * centroid), so every autosave of the same result gives the same UID and an edited lesion a new one.
 */
export const burdenLesionUid = (seriesUID: string, l: BurdenLesion): string =>
  uuidToUid(stableUuid(`burden:${seriesUID}:${l.id}:${l.voxelCount}:${l.centroidMm.map((x) => x.toFixed(3)).join(',')}`));

/**
 * The whole-body burden of the panel as the reading saves it (@caliper/report `burdenSchema`):
 * the effective lesions (result minus the removed ids; merged ones as merged), each with its
 * cropped mask run-length encoded, totals over them, the exclusion mask, references and the
 * reader's confirmed scores for those lesions. null when there is no result. `sulPerSuvbw` is the
 * series' Janmahasatian LBM / weight (null when unknown).
 */
export function burdenSnapshot(b: BurdenPart, scores: ScoresPart, sulPerSuvbw: number | null, computedAt?: string): Burden | null {
  const r = b.result;
  if (!r || !b.seriesUID) return null;
  const seriesUID = b.seriesUID;
  const kept = r.lesions.map((l, x) => ({ l, m: r.lesionMasks[x] })).filter(({ l, m }) => !b.removed.includes(l.id) && m?.bbox);
  const lesions = kept.map(({ l }) => l);
  const confirmed: Record<string, ConfirmedScores> = {};
  for (const l of lesions) if (scores.confirmed[l.id]) confirmed[String(l.id)] = { ...scores.confirmed[l.id] };
  const exclusionRle = r.exclusionMask ? encodeMaskRle(r.exclusionMask) : null;
  const references: BurdenScores['references'] = {};
  for (const [k, v] of Object.entries(scores.references) as [keyof BurdenScores['references'], NonNullable<ScoresPart['references'][keyof ScoresPart['references']]>][]) {
    references[k] = { ...v, centerMm: [v.centerMm[0], v.centerMm[1], v.centerMm[2]] };
  }
  const scoresOut: BurdenScores = { confirmed, references, hypoxia: { ...scores.hypoxia } };
  return {
    seriesInstanceUID: seriesUID,
    dimensions: [...(r.lesionMasks[0]?.dimensions ?? r.exclusionMask?.dimensions ?? [1, 1, 1])] as [number, number, number],
    unit: 'SUVbw',
    method: r.method,
    thresholdSuv: r.thresholdSuv,
    minVolumeMl: r.minVolumeMl,
    exclusion: { source: r.exclusion.source, voxelCount: r.exclusion.voxelCount, organs: [...r.exclusion.organs], mask: exclusionRle },
    reference: {
      liver: r.reference.liver ? { ...r.reference.liver, centerMm: [...r.reference.liver.centerMm] as [number, number, number] } : null,
      liverSulMean: r.reference.liverSulMean, liverSulSd: r.reference.liverSulSd, mediastinumSuvMean: r.reference.mediastinumSuvMean,
    },
    lesions: kept.map(({ l, m }) => ({
      id: l.id, trackingUid: burdenLesionUid(seriesUID, l), voxelCount: l.voxelCount, volumeMl: l.volumeMl, suvMax: l.suvMax, suvPeak: l.suvPeak,
      suvMean: l.suvMean, tlg: l.tlg, centroidMm: [l.centroidMm[0], l.centroidMm[1], l.centroidMm[2]], mask: encodeMaskRle(m)!,
    })),
    totals: b.removed.length ? burdenTotals(lesions, r.bsaM2) : { ...r.totals },
    bsaM2: r.bsaM2,
    sulPerSuvbw,
    removedIds: [...b.removed],
    mergedIds: b.merged.map((g) => [...g]),
    notes: [...r.notes],
    scores: scoresOut,
    trackingUid: uuidToUid(stableUuid(`burden-totals:${seriesUID}`)),
    ...(computedAt ? { computedAt } : {}),
  };
}

/** The saved burden back as the worker's reply (masks decoded on `dimensions`); an error names the lesion whose mask is unreadable. */
export function replyOfSnapshot(saved: Burden): Result<BurdenReply> {
  const masks: CroppedMask[] = [];
  for (const l of saved.lesions) {
    const m = decodeMaskRle(l.mask, saved.dimensions);
    if (!m.ok) return err(`whole-body lesion ${l.id}: ${m.error}`);
    masks.push(m.value);
  }
  let exclusionMask: CroppedMask | null = null;
  if (saved.exclusion.mask) {
    const m = decodeMaskRle(saved.exclusion.mask, saved.dimensions);
    if (!m.ok) return err(`exclusion mask: ${m.error}`);
    exclusionMask = m.value;
  }
  const src = saved.exclusion.source;
  return ok({
    unit: 'SUVbw',
    method: saved.method,
    thresholdSuv: saved.thresholdSuv,
    minVolumeMl: saved.minVolumeMl,
    lesions: saved.lesions.map((l) => ({ id: l.id, voxelCount: l.voxelCount, volumeMl: l.volumeMl, suvMax: l.suvMax, suvPeak: l.suvPeak, suvMean: l.suvMean, tlg: l.tlg, centroidMm: patientPoint(l.centroidMm[0], l.centroidMm[1], l.centroidMm[2]) })),
    totals: { ...saved.totals },
    // A NIfTI exclusion (CLI only) is shown as a SEG-like imported mask, and said so in the notes.
    exclusion: { source: src === 'nifti' ? 'seg' : src, voxelCount: saved.exclusion.voxelCount, organs: [...saved.exclusion.organs] },
    reference: { ...saved.reference, liver: saved.reference.liver ? { ...saved.reference.liver, centerMm: saved.reference.liver.centerMm } : null },
    lesionMasks: masks,
    exclusionMask,
    bsaM2: saved.bsaM2,
    notes: [...saved.notes, ...(src === 'nifti' ? ['exclusion from a NIfTI mask'] : []), 'restored from the saved reading'],
    computeMs: 0,
  });
}

/**
 * Makes a saved burden the panel's current one (same lesions and totals, no re-run): the burden
 * store gets the result with nothing removed or merged (the saved lesions already are the kept
 * ones), the method and settings it was computed with; the scores store its confirmed scores,
 * extra references and hypoxia thresholds.
 */
export function restoreBurdenSnapshot(saved: Burden): Result<BurdenReply> {
  const r = replyOfSnapshot(saved);
  if (!r.ok) return r;
  const liver = saved.reference.liver;
  useBurden.getState().set({
    result: r.value, seriesUID: saved.seriesInstanceUID, removed: [], merged: [], selected: [], added: [], history: EMPTY_HISTORY, phase: null, error: null,
    method: saved.method, minVolumeMl: saved.minVolumeMl, excludeAuto: saved.exclusion.source !== 'none',
    ...(liver ? { liver: { centerMm: liver.centerMm, source: 'click' as const } } : {}),
  });
  const confirmed: Record<number, ConfirmedScores> = {};
  for (const [id, s] of Object.entries(saved.scores.confirmed)) confirmed[Number(id)] = { ...s };
  useScores.getState().set({ confirmed, references: { ...saved.scores.references }, hypoxia: { ...saved.scores.hypoxia } });
  return r;
}
