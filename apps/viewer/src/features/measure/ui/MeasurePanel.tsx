import { useEffect } from 'react';
import { useApp } from '../../../app/store';
import { viewportsFor } from '../../../viewports/ids';
import type { MeasureToolId } from '../model/measureSlice';
import { setMeasureTool } from '../tools/registerMeasureTools';
import { redoMeasure, undoMeasure } from '../tools/syncAnnotations';
import { GrowControls } from './GrowControls';
import { LesionTable } from './LesionTable';
import { LiveNumbers } from './LiveNumbers';
import { PetOptions } from './PetOptions';
import { SuvForm } from './SuvForm';
import { ExportButtons } from './ExportButtons';
import { ViewportLayer } from './ViewportLayer';
import { BrushControls } from '../brush/BrushControls';
import { isScissors } from '../brush/scissorsTools';
import { useBrush } from '../brush/brushState';
import { keyOfTool } from '../../toolbar/measureKeys';

const TOOLS: { id: MeasureToolId; label: string; tip: string }[] = [
  { id: 'edit', label: 'Edit', tip: 'Edit (E): the only tool whose left drag moves or resizes a measurement (not a locked one); zoom, pan and W/L drags never do' },
  { id: 'bidirectional', label: 'RECIST', tip: 'RECIST bidirectional: drag the long axis, then adjust the short axis' },
  { id: 'length', label: 'Length', tip: 'Length (mm)' },
  { id: 'ellipse', label: 'Ellipse', tip: 'Elliptical ROI' },
  { id: 'circle', label: 'Circle', tip: 'Circular ROI' },
  { id: 'rectangle', label: 'Rect', tip: 'Rectangular ROI. On PET with a PET threshold set: a 3D box (on the PET MIP, through the whole body) whose voxels above the threshold are the lesion' },
  { id: 'freehand', label: 'Freehand', tip: 'Freehand contour' },
  { id: 'spline', label: 'Spline', tip: 'Spline contour (click points, double-click to close)' },
  { id: 'sphere', label: 'Sphere', tip: 'PET sphere ROI (3D; with the threshold below: PET threshold ROI)' },
  { id: 'grow', label: 'Grow', tip: 'Click-to-grow: press inside a lesion; drag right/left to widen/narrow the bounds; Enter accepts, Esc cancels' },
  { id: 'brush', label: 'Brush', tip: 'Brush (B): paint a 3D segmentation lesion slice by slice' },
  { id: 'eraser', label: 'Eraser', tip: 'Eraser (Shift+E): erase from the segmentation being painted' },
  { id: 'scissors', label: 'Scissors', tip: 'Scissors (X): rectangle, circle or 3D sphere; fills (or erases) the segmentation being painted' },
];

/** Sidebar panel of the measure feature (mounted through featurePanels) plus its viewport layers. */
export function MeasurePanel() {
  const tool = useApp((s) => s.measureTool);
  const activeId = useApp((s) => s.activeId);
  const canUndo = useApp((s) => s.undoStack.length > 0);
  const canRedo = useApp((s) => s.redoStack.length > 0);
  const layout = useApp((s) => s.layout);
  const petSeries = useApp((s) => Object.keys(s.suv).filter((k) => s.suv[k].error).join(','));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement)?.tagName === 'INPUT') return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) undoMeasure();
      else if (k === 'y' || (k === 'z' && e.shiftKey)) redoMeasure();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section className="measure-panel" aria-label="Measurements">
      <h2>Measure</h2>
      <div className="measure-tools" role="toolbar" style={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        {TOOLS.map((t) => {
          // "Scissors" stands for all three shapes; it reopens the last one used.
          const on = t.id === 'scissors' ? isScissors(tool) : tool === t.id;
          const pick = t.id === 'scissors' ? useBrush.getState().scissors : t.id;
          return (
            <button key={t.id} data-measure-tool={t.id} className={on ? 'on' : ''} title={keyOfTool(t.id) ? `${t.tip} (${keyOfTool(t.id)})` : t.tip} onClick={() => setMeasureTool(on ? null : pick)}>
              {t.label}
            </button>
          );
        })}
        <button onClick={undoMeasure} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-label="undo">↶</button>
        <button onClick={redoMeasure} disabled={!canRedo} title="Redo (Ctrl+Y)" aria-label="redo">↷</button>
      </div>
      <PetOptions />
      {petSeries && petSeries.split(',').map((uid) => <SuvForm key={uid} seriesUID={uid} />)}
      <GrowControls />
      <BrushControls />
      <h3>Lesions</h3>
      <LesionTable />
      <ExportButtons />
      <LiveNumbers id={activeId} />
      {viewportsFor(layout).map((v) => <ViewportLayer key={`${layout}:${v.id}`} viewportId={v.id} />)}
    </section>
  );
}
