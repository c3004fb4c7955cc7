import type { Reading } from '@caliper/report';
import { annotation as csAnnotation } from '@cornerstonejs/tools';
import type { Types } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import { applySuvOverrides, ensureEngineVolume, engineVolumeInfo } from '../../measure/service/engineVolumes';
import { nextVersion } from '../../measure/service/measureLesion';
import { renderAll } from '../../measure/tools/annotationBridge';
import { autoRecistAnnotation, offAcquisitionPlane } from '../../measure/tools/autoRecistAnnotation';
import { syncAnnotations } from '../../measure/tools/syncAnnotations';
import { adcSeriesOf } from '../../adc/registerAdc';
import { fromReading } from '../mapping/fromReading';
import { heldFrom } from '../mapping/heldLesions';
import { heldNotes } from '../mapping/heldNotes';
import { adcMapLesions, reattachDerived } from '../mapping/reattachDerived';
import { suvOverridesOf } from '../mapping/suvCorrections';
import type { MappingSkip } from '../mapping/toReading';
import { isImageSeries } from './importDicomReading';
import { seriesInfoOf } from './seriesLookup';
import { setHeld } from './held';
import { restoreLongitudinal } from '../../response/service/longitudinalOf';
import { radiomicsFromReading } from '../mapping/radiomicsMapping';
import { restoreBurden } from './burdenReading';

/** Series a reading refers to (lesion references, segmentation sources, the whole-body burden's PET). */
const referencedSeries = (r: Reading): string[] => [...new Set([
  ...r.lesions.flatMap((l) => l.references.map((x) => x.seriesInstanceUID)), ...r.segmentations.map((s) => s.reference.seriesInstanceUID),
  ...(r.burden ? [r.burden.seriesInstanceUID] : []),
])];

/** Caliper's ADC map of each DWI that is in the study list (derived and fitted now if need be): DWI UID → map UID. */
async function adcMapsOf(dwiUIDs: readonly string[]): Promise<Map<string, string>> {
  const known = appStore.getState().series;
  const entries = await Promise.all(dwiUIDs.map(async (u) => [u, known[u] ? await adcSeriesOf(u) : null] as const));
  return new Map(entries.flatMap(([u, e]) => (e ? [[u, e.seriesInstanceUID] as [string, string]] : [])));
}

/**
 * Make a saved reading the current one for its study: its series are loaded into the engine, its
 * lesions replace that study's lesions (not undoable: it is the starting state), their drawings
 * are re-created and every lesion re-measured, after the saved SUV inputs are re-applied. 3D segments get their auto-RECIST drawing once
 * measured. Lesions measured on Caliper's ADC map (saved against its DWI) come back on that map: it
 * is derived and fitted for their DWI first, without the user opening the DWI. Lesions that cannot be
 * restored are held with their saved values (kept in every later save, listed with the reason).
 * Resolves to what could not be restored.
 */
export async function applyReading(saved: Reading, studyOf: (l: Lesion) => string | undefined): Promise<MappingSkip[]> {
  const onMap = adcMapLesions(saved);
  const maps = await adcMapsOf([...new Set(onMap.values())]);
  const reading = reattachDerived(saved, onMap, (u) => maps.get(u));
  const known = appStore.getState().series;
  await Promise.allSettled(referencedSeries(reading).filter((u) => known[u] && isImageSeries(known[u])).map((u) => ensureEngineVolume(u)));
  // SUV inputs first, so that the lesions below are measured with the corrected SUV factors.
  const suv = Object.entries(suvOverridesOf(reading));
  await Promise.allSettled(suv.filter(([u]) => known[u] && isImageSeries(known[u])).map(([u, o]) => applySuvOverrides(u, o)));
  const skippedSuv: MappingSkip[] = suv.filter(([u]) => !known[u]).map(([u]) => ({ lesion: `SUV inputs of series ${u}`, reason: 'series is not in the study list: not applied' }));
  restoreLongitudinal(reading);
  // The whole-body burden comes back as saved (same lesions and totals), without re-running it.
  const burdenSkips = restoreBurden(reading);
  const { lesions, skipped } = fromReading(reading, seriesInfoOf, nextVersion);
  const ids = new Set(lesions.map((l) => l.id));
  const kept = appStore.getState().lesions.filter((l) => !ids.has(l.id) && studyOf(l) !== reading.studyInstanceUID);
  appStore.setState({ lesions: [...kept, ...lesions], undoStack: [], redoStack: [] });
  // Saved IBSI features come back with their lesions (for the restored shape versions).
  appStore.getState().mergeLesionRadiomics(radiomicsFromReading(reading, lesions));
  syncAnnotations();
  for (const l of lesions) if (l.shape.kind === 'mask') void attachRecistDrawing(l);
  // Kept as saved (DICOM identity, saved values): the next save writes them back unchanged.
  const held = heldFrom(saved, ids);
  const notes = heldNotes(saved.studyInstanceUID, held, onMap, skipped);
  setHeld(saved.studyInstanceUID, held, notes);
  return [...notes.map((n) => ({ lesion: n.name, reason: `${n.reason} (${n.values})` })), ...skippedSuv, ...burdenSkips];
}

/** Wait for a restored 3D lesion's measurement, then draw its auto-RECIST axes (annotation UID = lesion id). */
function attachRecistDrawing(l: Lesion): Promise<void> {
  const uid = l.seriesUIDs[0];
  return new Promise((resolve) => {
    /** 'wait' until the lesion's result for its version is in; then draw once (or give up if it changed). */
    const state = (): 'wait' | 'gone' | 'ready' => {
      const s = appStore.getState();
      const cur = s.lesions.find((x) => x.id === l.id);
      if (!cur || cur.version !== l.version) return 'gone';
      const r = s.results[l.id]?.[uid];
      return r && r.version === l.version ? 'ready' : 'wait';
    };
    const draw = () => {
      const s = appStore.getState();
      const recist = s.results[l.id]?.[uid]?.measurement?.result.recist;
      const ev = engineVolumeInfo(uid);
      const info = seriesInfoOf(uid);
      if (!recist || !ev || !info) return;
      const a = autoRecistAnnotation(recist, ev, undefined);
      // Axes on a sagittal/coronal sheet keep their own plane (offAcquisitionPlane); others the slice plane.
      const normal = offAcquisitionPlane(recist, ev) ? (a.metadata as { viewPlaneNormal: number[] }).viewPlaneNormal : info.grid.sliceDirection.map((x) => -x);
      const ann = { ...a, annotationUID: l.id, metadata: { ...(a.metadata as object), FrameOfReferenceUID: info.frameOfReferenceUID, viewPlaneNormal: normal } };
      appStore.setState({ lesions: s.lesions.map((x) => (x.id === l.id ? { ...x, annotation: ann } : x)) });
      csAnnotation.state.addAnnotation(JSON.parse(JSON.stringify(ann)) as Types.Annotation, info.frameOfReferenceUID);
      renderAll();
    };
    const finish = (st: 'gone' | 'ready') => {
      // Outside the store listener: setting state from inside one would re-enter it.
      setTimeout(() => {
        if (st === 'ready' && state() === 'ready') draw();
        resolve();
      }, 0);
    };
    const first = state();
    if (first !== 'wait') return finish(first);
    const unsub = appStore.subscribe(() => {
      const st = state();
      if (st === 'wait') return;
      unsub();
      finish(st);
    });
  });
}
