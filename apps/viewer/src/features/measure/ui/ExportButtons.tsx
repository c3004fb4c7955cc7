import { appStore } from '../../../app/store';
import { lesionTable, toCsv, toJson } from '../export/lesionTable';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV / JSON export of the lesion table (values with units and methods). */
export function ExportButtons() {
  const rows = () => {
    const s = appStore.getState();
    return lesionTable(s.lesions, s.results);
  };
  return (
    <div style={{ marginTop: 4 }}>
      <button onClick={() => download('caliper-lesions.csv', 'text/csv', toCsv(rows()))}>Export CSV</button>{' '}
      <button onClick={() => download('caliper-lesions.json', 'application/json', toJson(rows()))}>Export JSON</button>
    </div>
  );
}
