import type { Reading } from '@caliper/report';
import { annotation as csAnnotation } from '@cornerstonejs/tools';
import type { Types } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import { applySuvOverrides, ensureEngineVolume, engineVolumeInfo } from '../../measure/service/engineVolumes';
import { nextVersion } from '../../measure/service/measureLesion';
import { renderAll } from '../../measure/tools/annotationBridge';
import { autoRecistAnnotation } from '../../measure/tools/autoRecistAnnotation';
import { syncAnnotations } from '../../measure/tools/syncAnnotations';
import { fromReading } from '../mapping/fromReading';
import { suvOverridesOf } from '../mapping/suvCorrections';
import type { MappingSkip } from '../mapping/toReading';
import { isImageSeries } from './importDicomReading';
import { seriesInfoOf } from './seriesLookup';

/** Series a reading refers to (lesion references and segmentation sources). */
const referencedSeries = (r: Reading): string[] => [...new Set([...r.lesions.flatMap((l) => l.references.map((x) => x.seriesInstanceUID)), ...r.segmentations.map((s) => s.reference.seriesInstanceUID)])];

/**
 * Make a saved reading the current one for its study: its series are loaded into the engine, its
 * lesions replace that study's lesions (not undoable: it is the starting state), their drawings
 * are re-created and every lesion re-measured, after the saved SUV inputs are re-applied. 3D segments get their auto-RECIST drawing once
 * measured. Resolves to what could not be restored.
 */
export async function applyReading(reading: Reading, studyOf: (l: Lesion) => string | undefined): Promise<MappingSkip[]> {
  const known = appStore.getState().series;
  await Promise.allSettled(referencedSeries(reading).filter((u) => known[u] && isImageSeries(known[u])).map((u) => ensureEngineVolume(u)));
  // SUV inputs first, so that the lesions below are measured with the corrected SUV factors.
  const suv = Object.entries(suvOverridesOf(reading));
  await Promise.allSettled(suv.filter(([u]) => known[u] && isImageSeries(known[u])).map(([u, o]) => applySuvOverrides(u, o)));
  const skippedSuv: MappingSkip[] = suv.filter(([u]) => !known[u]).map(([u]) => ({ lesion: `SUV inputs of series ${u}`, reason: 'series is not in the study list: not applied' }));
  const { lesions, skipped } = fromReading(reading, seriesInfoOf, nextVersion);
  const ids = new Set(lesions.map((l) => l.id));
  const kept = appStore.getState().lesions.filter((l) => !ids.has(l.id) && studyOf(l) !== reading.studyInstanceUID);
  appStore.setState({ lesions: [...kept, ...lesions], undoStack: [], redoStack: [] });
  syncAnnotations();
  for (const l of lesions) if (l.shape.kind === 'mask') void attachRecistDrawing(l);
  return [...skipped, ...skippedSuv];
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
      const ann = { ...a, annotationUID: l.id, metadata: { ...(a.metadata as object), FrameOfReferenceUID: info.frameOfReferenceUID, viewPlaneNormal: info.grid.sliceDirection.map((x) => -x) } };
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
