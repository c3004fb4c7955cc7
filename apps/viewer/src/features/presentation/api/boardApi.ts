import type { BoardTheme, CaseSummary, Therapy } from '@caliper/board';
import { appStore } from '../../../app/store';
import { selectBoard } from '../model/selectBoard';
import { enterPresentation, exitPresentation, nextLesion, nextTimepoint, present, setCaseLabel } from '../service/presentation';

/** `window.caliper.board` (docs/api.md): tumour-board presentation mode and the case summary. */
export const boardApi = {
  enter(): void {
    enterPresentation();
  },
  exit(): void {
    exitPresentation();
  },
  presenting(): boolean {
    return appStore.getState().presenting;
  },
  theme(theme?: BoardTheme): BoardTheme {
    if (theme === 'dark' || theme === 'light') appStore.getState().setPresentation({ presentationTheme: theme });
    return appStore.getState().presentationTheme;
  },
  label(label?: string): string {
    if (typeof label === 'string') setCaseLabel(label);
    return appStore.getState().caseLabel;
  },
  laser(on?: boolean): boolean {
    if (typeof on === 'boolean') appStore.getState().setPresentation({ laser: on });
    return appStore.getState().laser;
  },
  /** Sets (when given) and returns the lines of therapy drawn as bands ({name, start, stop?}, dates YYYY-MM-DD). */
  therapies(list?: readonly Therapy[]): readonly Therapy[] {
    if (Array.isArray(list)) appStore.getState().setPresentation({ therapies: list.map((t) => ({ name: String(t.name), start: String(t.start), ...(t.stop ? { stop: String(t.stop) } : {}) })) });
    return appStore.getState().therapies;
  },
  /** The case summary the presentation shows (packages/board CaseSummary), or null with nothing assessed. */
  summary(): CaseSummary | null {
    return selectBoard(appStore.getState())?.summary ?? null;
  },
  /** Shows tracked lesion `lesion` (0-based, table order) at timepoint `timepoint` (0 = baseline). */
  show(lesion: number, timepoint: number): Promise<string> {
    return present(lesion, timepoint);
  },
  nextLesion: (delta = 1): Promise<string> => nextLesion(delta),
  nextTimepoint: (delta = 1): Promise<string> => nextTimepoint(delta),
  /** What is being presented: lesion id and timepoint date. */
  current(): { lesion: string | null; date: string | null } {
    const s = appStore.getState();
    const b = selectBoard(s);
    return { lesion: b?.rows[s.presentLesion]?.id ?? null, date: b?.studies[s.presentTimepoint]?.date ?? null };
  },
};
