import { appStore } from '../../../app/store';
import { jumpToLesion } from '../../measure/service/jumpToLesion';
import { selectBoard } from '../model/selectBoard';
import { activeViewportId } from '../../../viewports/actions';
import { viewportById } from '../../../viewports/controller';
import { centreCamera, fovFor } from './centreCamera';

let saved: { title: string; hideIdentifiers: boolean } | null = null;

const titleOf = (label: string): string => `${label.trim() || 'Case'} · Caliper tumour board`;

/** Enters presentation mode: identifiers hidden (restored on exit), the case label as the window title. */
export function enterPresentation(): void {
  const s = appStore.getState();
  if (s.presenting) return;
  saved = { title: document.title, hideIdentifiers: s.hideIdentifiers };
  s.setViewer({ hideIdentifiers: true, helpOpen: false });
  s.setPresentation({ presenting: true });
  document.title = titleOf(s.caseLabel);
}

export function exitPresentation(): void {
  const s = appStore.getState();
  if (!s.presenting) return;
  s.setPresentation({ presenting: false, laser: false });
  if (saved) {
    s.setViewer({ hideIdentifiers: saved.hideIdentifiers });
    document.title = saved.title;
  }
  saved = null;
}

export function togglePresentation(): void {
  if (appStore.getState().presenting) exitPresentation();
  else enterPresentation();
}

export function setCaseLabel(label: string): void {
  appStore.getState().setPresentation({ caseLabel: label });
  if (appStore.getState().presenting) document.title = titleOf(label);
}

/** The study shown for the presented timepoint: the one of the active viewport, else the latest read. */
function currentIndex(): number {
  const s = appStore.getState();
  const board = selectBoard(s);
  if (!board) return -1;
  if (s.presentTimepoint >= 0 && s.presentTimepoint < board.studies.length) return s.presentTimepoint;
  const uid = s.assignments[s.activeViewport]?.seriesUID;
  const study = uid ? s.series[uid]?.studyInstanceUID : undefined;
  const i = board.studies.findIndex((t) => t.studyInstanceUID === study);
  return i >= 0 ? i : board.studies.length - 1;
}

/**
 * Shows lesion `lesion` (index into the tracked rows) at timepoint `timepoint`: opens the series
 * it was measured on at that study and jumps to it (features/measure jumpToLesion). Returns what
 * was shown, or why nothing could be.
 */
export async function present(lesion: number, timepoint: number): Promise<string> {
  const s = appStore.getState();
  const board = selectBoard(s);
  if (!board || !board.rows.length || !board.studies.length) return 'nothing to present';
  const li = ((lesion % board.rows.length) + board.rows.length) % board.rows.length;
  const ti = Math.max(0, Math.min(board.studies.length - 1, timepoint));
  s.setPresentation({ presentLesion: li, presentTimepoint: ti });
  const study = board.studies[ti];
  const cell = board.rows[li].cells[study.studyInstanceUID];
  const l = cell ? s.lesions.find((x) => x.id === cell.lesionId) : undefined;
  if (!l) return `${board.rows[li].id} not measured on ${study.date}`;
  const series = l.seriesUIDs[0];
  if (series && s.assignments[s.activeViewport]?.seriesUID !== series) {
    try {
      await window.caliper.open(series);
    } catch (e) {
      return `cannot open the series of ${board.rows[li].id}: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  await jumpToLesion(l);
  return `${board.rows[li].id} on ${study.date}`;
}

export const nextLesion = (delta: number): Promise<string> => {
  const s = appStore.getState();
  return present(s.presentLesion < 0 ? (delta > 0 ? 0 : -1) : s.presentLesion + delta, currentIndex());
};

export const nextTimepoint = (delta: number): Promise<string> => {
  const s = appStore.getState();
  return present(Math.max(0, s.presentLesion), currentIndex() + delta);
};

/** Zooms the active view to the presented lesion (centred, three times its long axis across). */
export async function zoomToLesion(): Promise<string> {
  const s = appStore.getState();
  const board = selectBoard(s);
  const row = board?.rows[Math.max(0, s.presentLesion)];
  const study = board?.studies[currentIndex()];
  const cell = row && study ? row.cells[study.studyInstanceUID] : undefined;
  const lesion = cell ? s.lesions.find((l) => l.id === cell.lesionId) : undefined;
  if (!lesion || !cell) return 'no presented lesion on this timepoint';
  if (s.presentLesion < 0) await present(Math.max(0, board!.rows.indexOf(row!)), currentIndex());
  const vp = viewportById(activeViewportId() ?? '');
  if (!vp) return 'no viewport';
  centreCamera(vp, lesion.focusMm, fovFor(cell.values.longMm));
  vp.render();
  return `${row!.id} zoomed`;
}
