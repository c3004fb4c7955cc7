import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CaseSummary } from '@caliper/board';
import { tableCsv } from '@caliper/board';
import { CALIPER_VERSION } from '@caliper/report/dicom/exportContext';
import { downloadBytes } from '../../persistence/ui/download';
import { boardSpecs, plotWidth as plotWidthFor } from '../model/boardSpecs';
import { appStore, useApp } from '../../../app/store';
import { categoryColor } from '../../response/ui/categoryColors';
import { selectBoard } from '../model/selectBoard';
import { caseFileName } from '../model/caseFileName';
import { exportPdf } from '../service/exportSummary';
import { addViewAsKeyImage, makeKeyImages, toggleTrio } from '../service/keyImages';
import { exitPresentation, nextLesion, nextTimepoint, setCaseLabel, zoomToLesion } from '../service/presentation';
import { BurntInWarning } from './BurntInWarning';
import { ExportBar } from './ExportBar';
import { KeyImages } from './KeyImages';
import { LaserDot } from './LaserDot';
import { PlotSvg } from './PlotSvg';
import { TherapyForm } from './TherapyForm';
import { TrioOverlay } from './TrioOverlay';

const typing = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};

/** Keys of presentation mode (listed in the help overlay via FEATURE_KEYS and in docs/api.md). */
function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const s = appStore.getState();
      // The cohort view covers the presentation: its own keys (Esc, G) apply there.
      if (s.cohortOpen) return;
      const act: Record<string, () => unknown> = {
        ArrowRight: () => nextLesion(1), ArrowLeft: () => nextLesion(-1),
        ']': () => nextTimepoint(1), '[': () => nextTimepoint(-1), PageDown: () => nextTimepoint(1), PageUp: () => nextTimepoint(-1),
        Escape: () => exitPresentation(),
        l: () => s.setPresentation({ laser: !s.laser }),
        d: () => s.setPresentation({ presentationTheme: s.presentationTheme === 'dark' ? 'light' : 'dark' }),
        k: () => makeKeyImages(),
        a: () => addViewAsKeyImage(),
        b: () => toggleTrio(),
        z: () => zoomToLesion(),
        p: () => exportPdf(),
      };
      const run = act[e.key.length === 1 ? e.key.toLowerCase() : e.key];
      if (!run) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      // Failures are shown where they happen (progress line, export status); keys never throw.
      void Promise.resolve().then(run).catch((err: unknown) => s.setPresentation({ exportStatus: { state: 'error', message: err instanceof Error ? err.message : String(err) } }));
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

/** Plot width for the summary column (CSS px) so the SVG is drawn at its natural size. */
const plotWidth = (): number => plotWidthFor(window.innerWidth);

/**
 * Presentation mode (tumour board): the viewports full-window beside the case summary — case
 * label (never identifiers), timeline with each category and the rule that decided it, spider,
 * sum-over-time, waterfall and biomarker plots from packages/board — in a dark or light
 * projector theme with ≥ 18 px type; a laser dot on demand.
 */
export function PresentationView() {
  const { presenting, theme, label, laser, lesion, timepoint } = useApp(
    useShallow((s) => ({ presenting: s.presenting, theme: s.presentationTheme, label: s.caseLabel, laser: s.laser, lesion: s.presentLesion, timepoint: s.presentTimepoint })),
  );
  const board = useApp((s) => (s.presenting ? selectBoard(s) : null));
  const setPresentation = useApp((s) => s.setPresentation);
  useEffect(() => {
    const html = document.documentElement.classList;
    html.toggle('board-presenting', presenting);
    html.toggle('board-light', presenting && theme === 'light');
    // Cornerstone viewports follow their element's size: let them see the new layout.
    window.dispatchEvent(new Event('resize'));
    return () => {
      html.remove('board-presenting', 'board-light');
    };
  }, [presenting, theme]);
  const [width, setWidth] = useState(plotWidth);
  useEffect(() => {
    const resize = () => setWidth(plotWidth());
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, []);
  const summary = board?.summary ?? null;
  const specs = useMemo(() => (summary ? boardSpecs(summary, theme, width) : null), [summary, theme, width]);
  if (!presenting) return null;
  const shownLesion = board && lesion >= 0 ? board.rows[lesion]?.id : undefined;
  const shownDate = board && timepoint >= 0 ? board.studies[timepoint]?.date : undefined;
  return (
    <>
      <PresentationKeys />
      <aside className="board-summary" data-testid="board-summary" data-theme={theme} aria-label="Case summary">
        <header className="board-head">
          <input className="board-label" aria-label="Case label" value={label} onChange={(e) => setCaseLabel(e.target.value)} />
          <div className="board-buttons">
            <button onClick={() => void makeKeyImages().catch(() => undefined)} title="Key images: baseline, nadir and current of each target lesion (K)">Key images</button>
            <button onClick={() => void addViewAsKeyImage().catch(() => undefined)} title="Add the view on screen as a key image (A)">Add view</button>
            <button onClick={() => void toggleTrio().catch(() => undefined)} title="Baseline | nadir | current of the presented lesion side by side (B)">Side by side</button>
            <button onClick={() => setPresentation({ presentationTheme: theme === 'dark' ? 'light' : 'dark' })} title="Dark / light projector theme (D)">
              {theme === 'dark' ? 'Light' : 'Dark'}
            </button>
            <button className={laser ? 'on' : ''} onClick={() => setPresentation({ laser: !laser })} title="Laser pointer (L)">Laser</button>
            {summary && <button onClick={() => downloadCsv(tableCsv(summary), label)} title="Per-lesion table as CSV (file named after the case label)">CSV</button>}
            {summary && <button onClick={() => downloadJson(summary, label)} title="Case summary as JSON: timeline, per-lesion table, plot data (file named after the case label)">JSON</button>}
            <button onClick={exitPresentation} title="Leave presentation mode (Esc)">Exit</button>
          </div>
        </header>
        <BurntInWarning />
        {summary ? (
          <>
            <p className="board-bor">
              {summary.criteria}: best overall response <b data-testid="board-bor">{summary.bestOverallResponse.response}</b>
              {shownLesion ? <span className="board-now"> · showing {shownLesion}{shownDate ? ` on ${shownDate}` : ''}</span> : null}
            </p>
            <ol className="board-timeline">
              {summary.timeline.map((t, i) => (
                <li key={t.date} className={board?.studies[timepoint]?.date === t.date ? 'current' : ''} data-testid="board-timepoint" data-date={t.date} data-index={i}>
                  <span className="board-date">{t.date}</span>
                  <span className="board-day">day {t.daysFromBaseline}</span>
                  <span className="board-cat" data-testid="board-category" style={t.baseline ? undefined : { background: categoryColor(t.response) }}>{t.baseline ? 'Baseline' : t.response}</span>
                  <span className="board-value">{t.value !== null ? `${t.value} ${summary.quantity.unit}` : ''}{t.changeFromBaselinePct !== null ? ` (${t.changeFromBaselinePct > 0 ? '+' : ''}${t.changeFromBaselinePct} %)` : ''}</span>
                  {!t.baseline && <span className="board-reason" data-testid="board-reason">{t.reasons.join('; ')}</span>}
                </li>
              ))}
            </ol>
            {specs && (
              <div className="board-plots">
                <PlotSvg name="spider" spec={specs.spider} />
                <PlotSvg name="sum" spec={specs.sum} />
                <PlotSvg name="waterfall" spec={specs.waterfall} />
                <PlotSvg name="biomarkers" spec={specs.biomarkers} />
              </div>
            )}
            {summary.excluded.map((e) => <p key={e.id} className="board-note">{e.id} left out of the plots: {e.reason}</p>)}
            {board?.note && <p className="board-note">{board.note}</p>}
            <KeyImages />
            <ExportBar />
            <TherapyForm />
          </>
        ) : (
          <p className="board-note">{board?.note ?? 'Open a study of the patient to present.'}</p>
        )}
        <p className="board-keys">→ / ← lesion · ] / [ timepoint · Z zoom · B side by side · K key images · A add view · P PDF · L laser · D theme · Esc exit</p>
      </aside>
      <TrioOverlay />
      {laser && <LaserDot />}
    </>
  );
}

/** A file name from the case label only (never an identifier): "Case 3, lung" → case-3-lung-lesions.csv. */
export const csvName = (label: string): string => caseFileName(label, 'lesions.csv');

function downloadCsv(csv: string, label: string): void {
  downloadBytes(csvName(label), 'text/csv', csv);
}

/** The case summary as JSON (label, criteria, timeline, table and plot data; no identifiers). */
function downloadJson(summary: CaseSummary, label: string): void {
  const doc = { caliperVersion: CALIPER_VERSION, ...summary };
  downloadBytes(caseFileName(label, 'summary.json'), 'application/json', JSON.stringify(doc, null, 2));
}

function PresentationKeys() {
  usePresentationKeys();
  return null;
}
