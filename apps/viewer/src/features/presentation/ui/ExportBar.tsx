import { useApp } from '../../../app/store';
import { exportPdf, exportSlidePng } from '../service/exportSummary';

/** PDF (A4 / Letter landscape; identifiers only when ticked) and PNG of the slide, with the outcome shown. */
export function ExportBar() {
  const paper = useApp((s) => s.paper);
  const include = useApp((s) => s.includeIdentifiers);
  const status = useApp((s) => s.exportStatus);
  const set = useApp((s) => s.setPresentation);
  return (
    <div className="board-export">
      <button onClick={() => void exportPdf().catch(() => undefined)} title="PDF summary: timeline, plots (vector), key images, lesion table, methods (P)">PDF</button>
      <select aria-label="Paper" value={paper} onChange={(e) => set({ paper: e.target.value === 'letter' ? 'letter' : 'a4' })} title="Paper size (landscape)">
        <option value="a4">A4</option>
        <option value="letter">Letter</option>
      </select>
      <label title="Print patient name, ID and birth date in the PDF (off by default for screen share)">
        <input type="checkbox" checked={include} onChange={(e) => set({ includeIdentifiers: e.target.checked })} /> include identifiers
      </label>
      <button onClick={() => void exportSlidePng().catch(() => undefined)} title="PNG of the current slide: the view and the case summary">PNG</button>
      {status.state !== 'idle' && <span className={`board-export-status ${status.state}`} role="status" data-testid="board-export-status">{status.message}</span>}
    </div>
  );
}
