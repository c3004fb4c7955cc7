import { appStore } from '../../../app/store';
import { isReadingObject } from '../../browser/readingObjects';
import { decideAutoHanging, hangingKeyOf } from '../model/decideAutoHanging';
import { studyToHang } from '../model/studyToHang';
import type { ActiveHanging } from '../hangingSlice';
import { chooseHanging, HangingCancelled, openStudy } from './openStudy';

export interface HangWhenOpenedOptions {
  /** The study being opened (DICOMweb, demo); default: the latest study among the series the open listed. */
  readonly studyUID?: string;
  /** Modalities the source announced (QIDO-RS ModalitiesInStudy): the hanging waits for them while the open runs. */
  readonly modalities?: readonly string[];
}

/** Series to re-plan with are awaited this long after the last one arrived (a retrieve lists them one by one). */
const SETTLE_MS = 250;

/**
 * Arranges a study the reader opened (local files, DICOMweb, demo list) with its hanging protocol —
 * the remembered one, else the best that fits, prior | current when an earlier study of the patient
 * is loaded — as soon as its series are listed, without waiting for pixels. Series listed later
 * re-arrange it only while the reader has not changed the layout, opened a series or another study
 * (decideAutoHanging). `load` resolves to the series UIDs the open listed. Never rejects: a study
 * no protocol fits is named in the errors panel.
 */
export async function hangWhenOpened(load: Promise<readonly string[]>, opts: HangWhenOpenedOptions = {}): Promise<void> {
  let complete = false;
  let readerActed = false;
  let applied: string | undefined;
  let ours: ActiveHanging | null = null;
  let busy = false;
  let target: string | undefined;
  let again = false;
  const before = new Set(Object.keys(appStore.getState().series));
  // Layout or pane changes that are not this open's own hanging are the reader's: any change before
  // the hanging is on screen (while it is planned), and after it is arranged.
  const unsubscribe = appStore.subscribe((s, prev) => {
    if (s.layout === prev.layout && s.assignments === prev.assignments && s.activeHanging === prev.activeHanging) return;
    if (busy && ours === null && s.activeHanging && s.activeHanging !== prev.activeHanging && s.activeHanging.studyInstanceUID === target) {
      ours = s.activeHanging;
      return;
    }
    if (!busy || ours === null) readerActed = true;
  });
  const studyOf = (listed: readonly string[]): string | undefined => {
    if (opts.studyUID) return opts.studyUID;
    const st = appStore.getState();
    const uids = new Set(listed.map((u) => st.series[u]).filter((s) => s && !isReadingObject(s)).map((s) => s!.studyInstanceUID));
    return studyToHang([...uids].flatMap((u) => {
      const study = st.studies[u];
      return study ? [{ studyInstanceUID: u, patientId: study.patientId, studyDate: study.studyDate, ...(study.studyTime ? { studyTime: study.studyTime } : {}), seriesCount: listed.filter((x) => st.series[x]?.studyInstanceUID === u).length }] : [];
    }));
  };
  const step = async (listed: readonly string[]): Promise<boolean> => {
    const studyUID = studyOf(listed);
    const st = appStore.getState();
    if (!studyUID || !st.studies[studyUID]) return !complete;
    const have = new Set(Object.values(st.series).filter((s) => s.studyInstanceUID === studyUID).map((s) => s.modality.toUpperCase()));
    const missingModalities = (opts.modalities ?? []).filter((m) => !have.has(m.toUpperCase()));
    const chosen = await chooseHanging(studyUID).catch((e: unknown) => {
      if (complete) appStore.getState().addErrors([{ source: `study ${studyUID}`, reason: `no hanging protocol: ${e instanceof Error ? e.message : String(e)}` }]);
      return null;
    });
    const best = chosen ? hangingKeyOf(chosen.plan) : undefined;
    const decision = decideAutoHanging({ ...(best ? { best } : {}), ...(applied ? { applied } : {}), readerActed, complete, missingModalities });
    if (decision !== 'apply') return decision === 'wait';
    applied = best;
    busy = true;
    target = studyUID;
    ours = null;
    try {
      ours = await openStudy(studyUID, { cancelIf: () => readerActed });
    } catch (e) {
      // A hanging the reader abandoned (another layout, another series) is not an error.
      if (!(e instanceof HangingCancelled) && !readerActed) {
        appStore.getState().addErrors([{ source: `study ${studyUID}`, reason: e instanceof Error ? e.message : String(e) }]);
      }
    } finally {
      busy = false;
    }
    // The reader acted while it was being arranged (another layout, another study).
    if (appStore.getState().activeHanging !== ours) readerActed = true;
    return !complete;
  };
  const newSeries = () => Object.keys(appStore.getState().series).filter((u) => !before.has(u));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let go = true;
  const run = (listed: readonly string[]) => {
    if (busy) {
      again = true;
      return running;
    }
    running = running.then(async () => {
      do {
        again = false;
        go = go && (await step(listed.length ? listed : newSeries()));
      } while (again && go);
    });
    return running;
  };
  // A retrieve lists a study's series one after the other: plan again once they settle.
  const unsubscribeSeries = opts.studyUID
    ? appStore.subscribe((s, prev) => {
        if (s.series === prev.series || complete || !go) return;
        clearTimeout(timer);
        timer = setTimeout(() => void run([]), SETTLE_MS);
      })
    : () => undefined;
  const listed = await load.catch(() => [] as string[]);
  complete = true;
  clearTimeout(timer);
  unsubscribeSeries();
  await running;
  if (go) await run(listed);
  await running;
  unsubscribe();
}
