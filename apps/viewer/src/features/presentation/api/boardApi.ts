import type { BoardTheme, CaseSummary, Therapy } from '@caliper/board';
import { renderSvg } from '@caliper/board';
import { boardSpecs, plotWidth } from '../model/boardSpecs';
import { appStore } from '../../../app/store';
import { selectBoard } from '../model/selectBoard';
import { enterPresentation, exitPresentation, nextLesion, nextTimepoint, present, setCaseLabel, zoomToLesion } from '../service/presentation';
import { exportPdf, exportSlidePng, summaryPdfBytes } from '../service/exportSummary';
import { addViewAsKeyImage, makeKeyImages, toggleTrio } from '../service/keyImages';
import { keyImageKos } from '../service/keyImageKos';

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
  /** Zooms the active view to the presented lesion. */
  zoom: (): Promise<string> => zoomToLesion(),
  /**
   * Takes the key images (baseline, nadir, current of each target lesion, or of the given rows);
   * resolves with the problems met (empty when all were taken).
   */
  makeKeyImages: (rows?: number[]): Promise<string[]> => makeKeyImages(rows),
  /** Adds the view on screen as a key image; resolves with its caption. */
  addView: async (): Promise<string> => (await addViewAsKeyImage()).caption,
  /** The key images (without pixel data): lesion, role, date, caption, the DICOM image referenced. */
  keyImages: () => appStore.getState().keyImages.map(({ png: _png, jpeg: _jpeg, ...k }) => k),
  /** Toggles baseline | nadir | current side by side; resolves with the new state. */
  toggleTrio: async (): Promise<boolean> => (await toggleTrio(), appStore.getState().trio),
  /** The key images' KOS documents (one per study): study, SOP Instance UID, image count, size. */
  keyImageKos: () => keyImageKos().map((k) => ({ studyInstanceUID: k.studyInstanceUID, sopInstanceUID: k.sopInstanceUID, images: k.images, bytes: k.bytes.length })),
  /** PDF options: paper 'a4' | 'letter', include identifiers (default off). */
  pdfOptions(o?: { paper?: 'a4' | 'letter'; includeIdentifiers?: boolean }): { paper: 'a4' | 'letter'; includeIdentifiers: boolean } {
    if (o?.paper === 'a4' || o?.paper === 'letter') appStore.getState().setPresentation({ paper: o.paper });
    if (typeof o?.includeIdentifiers === 'boolean') appStore.getState().setPresentation({ includeIdentifiers: o.includeIdentifiers });
    const s = appStore.getState();
    return { paper: s.paper, includeIdentifiers: s.includeIdentifiers };
  },
  /** Downloads the PDF summary (named after the case label); resolves with size, build time and name. */
  exportPdf: () => exportPdf(),
  /** Builds the PDF summary without downloading it; resolves with its size and build time (benchmarks). */
  async pdfTiming(): Promise<{ bytes: number; ms: number }> {
    const t0 = performance.now();
    const b = await summaryPdfBytes();
    return { bytes: b.length, ms: Math.round(performance.now() - t0) };
  },
  /** Benchmark baseline: renders the summary's four plots with Vega, bypassing the cache; resolves with ms. */
  async renderPlotsUncached(): Promise<number> {
    const summary = selectBoard(appStore.getState())?.summary;
    if (!summary) return NaN;
    const specs = boardSpecs(summary, appStore.getState().presentationTheme, plotWidth(window.innerWidth));
    const t0 = performance.now();
    await Promise.all([specs.spider, specs.sum, specs.waterfall, specs.biomarkers].map((s) => (s ? renderSvg(s) : null)));
    return performance.now() - t0;
  },
  /** Downloads the current slide as PNG. */
  exportPng: () => exportSlidePng(),
  /** What is being presented: lesion id and timepoint date. */
  current(): { lesion: string | null; date: string | null } {
    const s = appStore.getState();
    const b = selectBoard(s);
    return { lesion: b?.rows[s.presentLesion]?.id ?? null, date: b?.studies[s.presentTimepoint]?.date ?? null };
  },
};
