import type { Reading } from '@caliper/report';
import { annotation as csAnnotation } from '@cornerstonejs/tools';
import type { Types } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import { ensureEngineVolume, engineVolumeInfo } from '../../measure/service/engineVolumes';
import { nextVersion } from '../../measure/service/measureLesion';
import { renderAll } from '../../measure/tools/annotationBridge';
import { autoRecistAnnotation } from '../../measure/tools/autoRecistAnnotation';
import { syncAnnotations } from '../../measure/tools/syncAnnotations';
import { fromReading } from '../mapping/fromReading';
import type { MappingSkip } from '../mapping/toReading';
import { seriesInfoOf } from './seriesLookup';

/** Series a reading refers to (lesion references and segmentation sources). */
const referencedSeries = (r: Reading): string[] => [...new Set([...r.lesions.flatMap((l) => l.references.map((x) => x.seriesInstanceUID)), ...r.segmentations.map((s) => s.reference.seriesInstanceUID)])];

/**
 * Make a saved reading the current one for its study: its series are loaded into the engine, its
 * lesions replace that study's lesions (not undoable: it is the starting state), their drawings
 * are re-created and every lesion re-measured. 3D segments get their auto-RECIST drawing once
 * measured. Resolves to what could not be restored.
 */
export async function applyReading(reading: Reading, studyOf: (l: Lesion) => string | undefined): Promise<MappingSkip[]> {
  const known = appStore.getState().series;
  await Promise.allSettled(referencedSeries(reading).filter((u) => known[u] && !known[u].notVolumeReason).map((u) => ensureEngineVolume(u)));
  const { lesions, skipped } = fromReading(reading, seriesInfoOf, nextVersion);
  const ids = new Set(lesions.map((l) => l.id));
  const kept = appStore.getState().lesions.filter((l) => !ids.has(l.id) && studyOf(l) !== reading.studyInstanceUID);
  appStore.setState({ lesions: [...kept, ...lesions], undoStack: [], redoStack: [] });
  syncAnnotations();
  for (const l of lesions) if (l.shape.kind === 'mask') void attachRecistDrawing(l);
  return skipped;
}

/** Wait for a restored 3D lesion's measurement, then draw its auto-RECIST axes (annotation UID = lesion id). */
function attachRecistDrawing(l: Lesion): Promise<void> {
  const uid = l.seriesUIDs[0];
  return new Promise((resolve) => {
    const check = (): boolean => {
      const s = appStore.getState();
      const cur = s.lesions.find((x) => x.id === l.id);
      if (!cur || cur.version !== l.version) return true;
      const r = s.results[l.id]?.[uid];
      if (!r || r.version !== l.version) return false;
      const recist = r.measurement?.result.recist;
      const ev = engineVolumeInfo(uid);
      const info = seriesInfoOf(uid);
      if (recist && ev && info) {
        const a = autoRecistAnnotation(recist, ev, undefined);
        const ann = { ...a, annotationUID: l.id, metadata: { ...(a.metadata as object), FrameOfReferenceUID: info.frameOfReferenceUID, viewPlaneNormal: info.grid.sliceDirection.map((x) => -x) } };
        appStore.setState({ lesions: s.lesions.map((x) => (x.id === l.id ? { ...x, annotation: ann } : x)) });
        csAnnotation.state.addAnnotation(JSON.parse(JSON.stringify(ann)) as Types.Annotation, info.frameOfReferenceUID);
        renderAll();
      }
      return true;
    };
    if (check()) return resolve();
    const unsub = appStore.subscribe(() => {
      if (check()) {
        unsub();
        resolve();
      }
    });
  });
}
