import type { Vec3 } from '@caliper/core';
import { appStore } from '../../../app/store';
import { correctWithLandmark } from '../align/correctWithLandmark';
import { currentPoint, priorPoint } from '../align/types';
import type { AlignmentRecord } from '../model/alignmentRecord';

/**
 * Corrects the shown comparison's alignment with one landmark pair (the same anatomy in the prior
 * and in the current, each in its own LPS mm): the translation is set so the pair coincides, the
 * rotation is kept. The record (with the pair) replaces the alignment and is saved with the reading.
 */
export function applyLandmark(priorMm: Vec3, currentMm: Vec3): AlignmentRecord {
  const a = appStore.getState().compareAlignment;
  if (!a) throw new Error('no comparison is open');
  if ([...priorMm, ...currentMm].some((v) => !Number.isFinite(v))) throw new Error('landmarks must be finite LPS coordinates (mm)');
  const record: AlignmentRecord = {
    ...a,
    transform: correctWithLandmark(a.transform, priorPoint(priorMm), currentPoint(currentMm)),
    method: 'landmark',
    landmark: { priorMm: [priorMm[0], priorMm[1], priorMm[2]], currentMm: [currentMm[0], currentMm[1], currentMm[2]] },
    updatedAt: new Date().toISOString(),
  };
  const { warning: _stale, ...clean } = record;
  appStore.getState().setCompareAlignment(clean);
  return clean;
}
