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
import { FusionControls, SuvColorBar } from '../features/fusion/FusionControls';
import { CursorReadout } from '../features/readout/CursorReadout';
import { featurePanels, mainPanels } from './featurePanels';

/** The reading-room shell: toolbar, study browser + loaders, viewport grid, status bar. */
export function App({ webgl }: { webgl: boolean }) {
  useShortcuts();
  useToolSync();
  const layout = useApp((s) => s.layout);
  // Presentation mode (features/presentation) shows only the viewports and the case summary: the
  // reading-room panels are not rendered at all, so no identifier is left in the page.
  const presenting = useApp((s) => s.presenting);
  return (
    <div className="app">
      {!presenting && <Toolbar />}
      {!presenting && <aside className="sidebar">
        <DemoList />
        <LoadPanel />
        <ErrorsPanel />
        <h2>Studies</h2>
        <StudyBrowser />
        <FusionControls />
        {featurePanels.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </aside>}
      <main className="main">
        {mainPanels.map(({ id, Component }) => (
          <Component key={id} />
        ))}
        {webgl ? <ViewportGrid /> : <NoWebGL />}
        {layout === 'fusion' && <SuvColorBar />}
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
    </div>
  );
}
