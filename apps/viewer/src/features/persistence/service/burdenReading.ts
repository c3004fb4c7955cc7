import type { Reading, ReadingBurden } from '@caliper/report';
import { appStore } from '../../../app/store';
import { useBurden } from '../../burden/model/burdenState';
import { burdenSnapshot, restoreBurdenSnapshot } from '../../burden/model/burdenSnapshot';
import { useScores } from '../../burden/model/scoresState';
import { petInfoOf } from '../../burden/service/petInfo';
import type { MappingSkip } from '../mapping/toReading';
import { seriesInfoOf } from './seriesLookup';

/** Per study: a saved burden that could not be restored (series not loaded, grid differs), kept as saved. */
const heldBurden = new Map<string, ReadingBurden>();
/** DICOM identity of a PET series as last saved with a burden (for the SEG when its volume is not in the engine). */
const savedSource = new Map<string, NonNullable<ReadingBurden['source']>>();

/** A study's saved burden that is not the panel's (kept since its reading was restored). */
export const heldBurdenOf = (studyUID: string): ReadingBurden | undefined => heldBurden.get(studyUID);

/** Study of the panel's current burden result, when its PET series is known. */
export function burdenStudy(): string | undefined {
  const uid = useBurden.getState().seriesUID;
  return uid && useBurden.getState().result ? appStore.getState().series[uid]?.studyInstanceUID : undefined;
}

/**
 * The reading's burden block for a study: the panel's result when it was computed on one of the
 * study's PET series (with the series' DICOM identity for the SEG), else a saved one held since
 * restore; undefined when the study has neither.
 */
export function burdenOfStudy(studyUID: string): ReadingBurden | undefined {
  if (burdenStudy() === studyUID) {
    const b = useBurden.getState();
    const snap = burdenSnapshot(b, useScores.getState(), petInfoOf(b.seriesUID!)?.sulPerSuvbw ?? null);
    if (!snap) return heldBurden.get(studyUID);
    const info = seriesInfoOf(b.seriesUID!);
    if (!info || info.derivedFrom) {
      const src = savedSource.get(b.seriesUID!);
      return src && src.grid.dimensions.every((n, d) => n === snap.dimensions[d]) ? { ...snap, source: src } : snap;
    }
    return {
      ...snap,
      dimensions: [...info.grid.dimensions] as [number, number, number],
      source: {
        reference: { seriesInstanceUID: info.seriesInstanceUID, sopClassUID: info.sopClassUID, sopInstanceUIDs: [...info.sopInstanceUIDs], frameOfReferenceUID: info.frameOfReferenceUID },
        frameOfReferenceUID: info.frameOfReferenceUID, grid: info.grid, sliceSopInstanceUIDs: [...info.sopInstanceUIDs],
      },
    };
  }
  return heldBurden.get(studyUID);
}

/** The reading with its study's burden block (if any). */
export const withBurden = (reading: Reading): Reading => {
  const burden = burdenOfStudy(reading.studyInstanceUID);
  return burden ? { ...reading, burden } : reading;
};

/**
 * A saved reading's burden back into the Whole-body PET panel, same lesions and totals (no re-run),
 * when its PET series is in the study list on the same grid; else it is held as saved (kept in every
 * later save) and the reason returned. A burden the reader already has for another study is not replaced.
 */
export function restoreBurden(reading: Reading): MappingSkip[] {
  const saved = reading.burden;
  heldBurden.delete(reading.studyInstanceUID);
  if (!saved) return [];
  if (saved.source) savedSource.set(saved.seriesInstanceUID, saved.source);
  const hold = (reason: string): MappingSkip[] => {
    heldBurden.set(reading.studyInstanceUID, saved);
    appStore.getState().bumpResponseBurden();
    return [{ lesion: 'whole-body burden', reason: `${reason}: kept as saved` }];
  };
  if (!appStore.getState().series[saved.seriesInstanceUID]) return hold(`its PET series ${saved.seriesInstanceUID} is not in the study list`);
  const info = seriesInfoOf(saved.seriesInstanceUID);
  if (info && info.grid.dimensions.some((n, d) => n !== saved.dimensions[d])) return hold(`saved on a ${saved.dimensions.join('×')} grid, the series is ${info.grid.dimensions.join('×')}`);
  const cur = useBurden.getState();
  if (cur.result && cur.seriesUID !== saved.seriesInstanceUID) return hold('the panel already shows another series\' burden');
  const r = restoreBurdenSnapshot(saved);
  return r.ok ? [] : hold(r.error);
}
