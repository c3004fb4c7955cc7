import { appStore } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import { jumpToPoint } from '../../measure/service/jumpToLesion';
import { activeViewportId } from '../../../viewports/actions';
import { keyTimepoints, type KeyDate } from '../model/keyTimepoints';
import type { KeyImage } from '../model/keyImage';
import { selectBoard } from '../model/selectBoard';
import { captureView } from './captureView';
import { fovFor } from './centreCamera';
import { present } from './presentation';

const SIZE = 640;
const fmt = (v: number | undefined, unit: string, digits = 1) => (v === undefined ? null : `${v.toFixed(digits)} ${unit}`);


let running: AbortController | null = null;

/** Cancels a key-image run in progress (the images taken so far stay). */
export function cancelKeyImages(): void {
  running?.abort();
}

/**
 * Takes the key image of tracked lesion `row` at `date` in role `role`: shows the lesion at that
 * study (present), then snapshots the active viewport centred on it, in the series' preset
 * window, with the lesion's measurement drawn and a caption of lesion, role, date and values.
 */
async function takeKeyImage(row: number, key: KeyDate): Promise<KeyImage | string> {
  const s = appStore.getState();
  const board = selectBoard(s);
  if (!board) return 'nothing to present';
  const ti = board.studies.findIndex((t) => t.date === key.date);
  const r = board.rows[row];
  const study = board.studies[ti];
  const cell = study ? r.cells[study.studyInstanceUID] : undefined;
  const lesion = cell ? s.lesions.find((l) => l.id === cell.lesionId) : undefined;
  if (!lesion || !cell) return `${r.id} is not measured on ${key.date}`;
  const shown = await present(row, ti);
  if (!shown.startsWith(r.id)) return shown;
  const v = cell.values;
  const values = [v.longMm !== undefined ? `${v.longMm.toFixed(1)}${v.shortMm !== undefined ? ` × ${v.shortMm.toFixed(1)}` : ''} mm` : null, fmt(v.volumeMl, 'mL', 2), fmt(v.sulPeak, 'SULpeak', 2)].filter(Boolean);
  const caption = `${r.id} · ${key.role} · ${key.date}${values.length ? ` · ${values.join(' · ')}` : ''}`;
  const vpId = activeViewportId();
  if (!vpId) return 'no viewport';
  // The plane of the drawn measurement (a grown lesion's RECIST line may lie off its centroid's slice).
  const centre = annotationCentre(lesion.annotation) ?? lesion.focusMm;
  if (centre !== lesion.focusMm) await jumpToPoint(vpId, centre);
  const snap = await captureView(vpId, { centreMm: centre, fovMm: fovFor(v.longMm), caption, presetWindow: true, size: SIZE });
  return { id: `${r.id}-${key.role}-${key.date}`, lesion: r.id, role: key.role, date: key.date, caption, ...snap };
}

/** Centre of an annotation's handles (patient LPS mm), when it has any. */
function annotationCentre(a: Lesion['annotation']): readonly [number, number, number] | undefined {
  const pts = (a?.data as { handles?: { points?: number[][] } } | undefined)?.handles?.points;
  if (!pts?.length || !pts.every((p) => p.length === 3 && p.every(Number.isFinite))) return undefined;
  const c = [0, 1, 2].map((d) => pts.reduce((t, p) => t + p[d], 0) / pts.length);
  return [c[0], c[1], c[2]];
}

/** The baseline / nadir / current dates for the presented timepoint (or the last one). */
function keyDatesNow(): KeyDate[] {
  const s = appStore.getState();
  const board = selectBoard(s);
  if (!board?.summary) return [];
  return keyTimepoints(board.summary.sum, board.studies[s.presentTimepoint]?.date);
}

/**
 * Key images of the target lesions (or of the given rows) at baseline, nadir and current, with
 * progress and cancel; replaces earlier automatic ones of those lesions, keeps added views. The
 * presented lesion and timepoint are restored afterwards. Returns the problems met (one per image).
 */
export async function makeKeyImages(rows?: readonly number[]): Promise<string[]> {
  const s0 = appStore.getState();
  const board = selectBoard(s0);
  if (!board?.summary) throw new Error(board?.note ?? 'no case summary yet: nothing to take key images of');
  const which = rows ?? board.rows.map((r, i) => (r.role === 'target' ? i : -1)).filter((i) => i >= 0);
  const dates = keyDatesNow();
  const jobs = which.flatMap((row) => dates.map((d) => ({ row, d })));
  running?.abort();
  const ctrl = new AbortController();
  running = ctrl;
  const back = { lesion: s0.presentLesion, timepoint: s0.presentTimepoint };
  const problems: string[] = [];
  const set = appStore.getState().setPresentation;
  set({ keyImageProgress: { state: 'working', done: 0, total: jobs.length } });
  const taken: KeyImage[] = [];
  try {
    for (const [i, { row, d }] of jobs.entries()) {
      if (ctrl.signal.aborted) break;
      const r = await takeKeyImage(row, d);
      if (typeof r === 'string') problems.push(r);
      else taken.push(r);
      set({ keyImageProgress: { state: 'working', done: i + 1, total: jobs.length } });
    }
    const ids = new Set(which.map((i) => board.rows[i].id));
    const kept = appStore.getState().keyImages.filter((k) => k.role === 'added' || !ids.has(k.lesion ?? ''));
    const order = new Map(board.rows.map((r, i) => [r.id, i]));
    const all = [...kept.filter((k) => k.role !== 'added'), ...taken].sort((a, b) => (order.get(a.lesion ?? '') ?? 0) - (order.get(b.lesion ?? '') ?? 0) || (a.date ?? '').localeCompare(b.date ?? ''));
    set({
      keyImages: [...all, ...kept.filter((k) => k.role === 'added')],
      keyImageProgress: { state: problems.length ? 'error' : 'idle', done: jobs.length, total: jobs.length, ...(problems.length ? { message: problems.join('; ') } : {}) },
    });
  } finally {
    if (running === ctrl) running = null;
    if (back.lesion >= 0) await present(back.lesion, back.timepoint);
  }
  return problems;
}

/** Adds the active viewport as shown (the reader's zoom and window) as a key image. */
export async function addViewAsKeyImage(): Promise<KeyImage> {
  const s = appStore.getState();
  const vpId = activeViewportId();
  if (!vpId) throw new Error('no viewport to take');
  const board = selectBoard(s);
  const uid = s.assignments[s.activeViewport]?.seriesUID;
  const studyUID = uid ? s.series[uid]?.studyInstanceUID : undefined;
  const date = board?.studies.find((t) => t.studyInstanceUID === studyUID)?.date ?? null;
  const n = s.keyImages.filter((k) => k.role === 'added').length + 1;
  const caption = `View ${n}${date ? ` · ${date}` : ''}`;
  const snap = await captureView(vpId, { caption, size: SIZE });
  const k: KeyImage = { id: `view-${n}-${Date.now()}`, lesion: null, role: 'added', date, caption, ...snap };
  appStore.getState().setPresentation({ keyImages: [...appStore.getState().keyImages, k] });
  return k;
}

export function removeKeyImage(id: string): void {
  const s = appStore.getState();
  s.setPresentation({ keyImages: s.keyImages.filter((k) => k.id !== id) });
}

/**
 * Toggles the baseline–nadir–current comparison of the presented lesion (the first target when
 * none is), taking its key images first when they are missing.
 */
export async function toggleTrio(): Promise<void> {
  const s = appStore.getState();
  if (s.trio) return s.setPresentation({ trio: false });
  const board = selectBoard(s);
  if (!board?.summary || !board.rows.length) throw new Error(board?.note ?? 'no case summary yet');
  const row = s.presentLesion >= 0 ? s.presentLesion : Math.max(0, board.rows.findIndex((r) => r.role === 'target'));
  const id = board.rows[row].id;
  const need = keyDatesNow().filter((d) => !s.keyImages.some((k) => k.lesion === id && k.role === d.role && k.date === d.date));
  if (s.presentLesion < 0) s.setPresentation({ presentLesion: row });
  if (need.length) await makeKeyImages([row]);
  appStore.getState().setPresentation({ trio: true, presentLesion: row });
}
