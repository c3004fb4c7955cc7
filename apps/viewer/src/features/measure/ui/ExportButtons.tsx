import { appStore, useApp } from '../../../app/store';
import { saveExport, studyExportName } from '../../persistence/ui/saveExport';
import { lesionTable, toCsv, toJson } from '../export/lesionTable';

/** CSV / JSON export of the lesion table (values with units and methods), named after the study. */
export function ExportButtons() {
  const ids = useApp((s) => s.ui.idsInFileNames);
  const setUi = useApp((s) => s.setUi);
  const rows = () => {
    const s = appStore.getState();
    return lesionTable(s.lesions, s.results);
  };
  return (
    <div className="export-buttons" style={{ marginTop: 4, display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
      <button onClick={() => saveExport(studyExportName('lesions', 'csv'), 'text/csv', toCsv(rows()))}>Export CSV</button>
      <button onClick={() => saveExport(studyExportName('lesions', 'json'), 'application/json', toJson(rows()))}>Export JSON</button>
      <label className="small muted" title="Export file names carry the study date and modality; tick to add the patient ID too">
        <input type="checkbox" aria-label="patient ID in file names" checked={ids} onChange={(e) => setUi({ idsInFileNames: e.target.checked })} /> ID in file names
      </label>
    </div>
  );
}
