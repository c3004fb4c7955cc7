import type { CSSProperties } from 'react';
import { useApp } from './store';
import { Toolbar } from '../features/toolbar/Toolbar';
import { useShortcuts } from '../features/toolbar/useShortcuts';
import { useToolSync } from '../features/toolbar/useToolSync';
import { StudyBrowser } from '../features/browser/StudyBrowser';
import { LoadPanel } from '../features/loading/LoadPanel';
import { DemoList } from '../features/loading/DemoList';
import { DropZone } from '../features/loading/DropZone';
import { DicomWebDialog } from '../features/loading/DicomWebDialog';
import { ProgressBar } from '../features/loading/ProgressBar';
import { ErrorsPanel } from '../features/errors/ErrorsPanel';
import { ViewportGrid } from '../features/layout/ViewportGrid';
import { HelpOverlay } from '../features/help/HelpOverlay';
import { NoWebGL } from '../features/help/NoWebGL';
import { FusionControls } from '../features/fusion/FusionControls';
import { CursorReadout } from '../features/readout/CursorReadout';
import { featurePanels, mainPanels } from './featurePanels';
import { Toaster } from '../features/toasts/Toaster';
import { useMeasureKeys } from '../features/toolbar/useMeasureKeys';
import { useTheme } from '../features/toolbar/useTheme';
import { Fold } from './Fold';
import { SidebarResizer } from './SidebarResizer';

/** The reading-room shell: toolbar, study browser + loaders, viewport grid, status bar. */
export function App({ webgl }: { webgl: boolean }) {
  useShortcuts();
  useMeasureKeys();
  useToolSync();
  useTheme();
  const sidebarWidth = useApp((s) => s.ui.sidebarWidth);
  const studyCount = useApp((s) => Object.keys(s.studies).length);
  // Once an image is shown the demo list gives way to a one-line link (the reader can bring it back).
  const imageShown = useApp((s) => Object.values(s.assignments).some((a) => a?.seriesUID));
  const demosWanted = useApp((s) => s.ui.collapsed.includes('!demos'));
  const setUi = useApp((s) => s.setUi);
  const collapsed = useApp((s) => s.ui.collapsed);
  // Presentation mode (features/presentation) shows only the viewports and the case summary: the
  // reading-room panels are not rendered at all, so no identifier is left in the page.
  const presenting = useApp((s) => s.presenting);
  return (
    <div className="app" style={{ '--sidebar-w': `${sidebarWidth}px` } as CSSProperties}>
      {!presenting && <Toolbar />}
      {!presenting && <aside className="sidebar">
        {/* Both fold away on a click (kept in the browser) and the study list scrolls on its own, so
            the measure panel below is in view without scrolling past them. */}
        <Fold id="open" title="Open">
          {!imageShown || demosWanted ? <DemoList /> : (
            <button className="link-button" data-testid="show-demos" onClick={() => setUi({ collapsed: [...collapsed, '!demos'] })}>Demo studies…</button>
          )}
          <LoadPanel />
        </Fold>
        <ErrorsPanel />
        <Fold id="studies" title="Studies" note={studyCount ? `${studyCount}` : undefined} capped>
          <StudyBrowser />
        </Fold>
        <FusionControls />
        {/* The measure panel first: it is the reading's working panel. */}
        {[...featurePanels].sort((a, b) => Number(b.id === 'measure') - Number(a.id === 'measure')).map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </aside>}
      {!presenting && <SidebarResizer />}
      <main className="main">
        {mainPanels.map(({ id, Component }) => (
          <Component key={id} />
        ))}
        {webgl ? <ViewportGrid /> : <NoWebGL />}
      </main>
      {!presenting && (
        <footer className="statusbar">
          <CursorReadout />
          <ProgressBar />
        </footer>
      )}
      <DropZone />
      <DicomWebDialog />
      <HelpOverlay />
      <Toaster />
    </div>
  );
}
