import { useState } from 'react';
import { uuidToUid } from '@caliper/report';
import { stableUuid } from '../../persistence/mapping/stableUuid';
import { useApp } from '../../../app/store';
import type { Lesion } from '../model/lesion';
import { jumpToLesion } from '../service/jumpToLesion';
import { syncAnnotations } from '../tools/syncAnnotations';
import { biomarkerRows, formatValue } from './biomarkerRows';

type SortKey = 'name' | 'location' | 'role' | 'tool' | string;

/** Value of a biomarker key for a lesion (first series that has it), for sorting and display. */
function valueOf(l: Lesion, key: string, results: ReturnType<typeof useResults>): { v: number | null; unit: string; method: string } | null {
  for (const uid of l.seriesUIDs) {
    const r = results[l.id]?.[uid];
    if (!r?.measurement || r.version !== l.version) continue;
    const row = biomarkerRows(r.measurement).find((b) => b.key === key);
    if (row) return { v: row.value, unit: row.unit, method: row.method };
  }
  return null;
}
const useResults = () => useApp((s) => s.results);
const COLUMNS = [
  { key: 'long', label: 'Long' }, { key: 'short', label: 'Short' }, { key: 'volume', label: 'Vol' }, { key: 'mean', label: 'Mean' },
  { key: 'suvmax', label: 'SUVmax' }, { key: 'suvpeak', label: 'SUVpeak' }, { key: 'adcmean', label: 'ADC' },
];

/** Lesion list: name (rename), location, role, tool, biomarkers (sortable); click to jump; delete (undoable). */
export function LesionTable() {
  const lesions = useApp((s) => s.lesions);
  const results = useResults();
  const selected = useApp((s) => s.selectedLesionId);
  const setMeasure = useApp((s) => s.setMeasure);
  const run = useApp((s) => s.runCommand);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const text = (l: Lesion, k: SortKey) => (k === 'name' || k === 'location' || k === 'role' || k === 'tool' ? l[k] : null);
  const sorted = [...lesions].sort((a, b) => {
    const ta = text(a, sort.key), tb = text(b, sort.key);
    if (ta !== null && tb !== null) return sort.dir * ta.localeCompare(tb, undefined, { numeric: true });
    const va = valueOf(a, sort.key, results)?.v ?? -Infinity, vb = valueOf(b, sort.key, results)?.v ?? -Infinity;
    return sort.dir * (va - vb);
  });
  const th = (key: SortKey, label: string) => (
    <th key={key} onClick={() => setSort({ key, dir: sort.key === key ? (-sort.dir as 1 | -1) : 1 })} style={{ cursor: 'pointer' }} title="Sort">
      {label}{sort.key === key ? (sort.dir > 0 ? ' ▲' : ' ▼') : ''}
    </th>
  );
  if (!lesions.length) return <p style={{ opacity: 0.6 }}>No lesions yet: pick a tool and draw on an image.</p>;
  return (
    <div className="lesion-table-wrap" style={{ overflowX: 'auto', maxWidth: '100%' }} title="Scroll sideways for every biomarker">
    <table className="lesion-table" style={{ minWidth: '100%', fontSize: 11, borderCollapse: 'collapse', whiteSpace: 'nowrap' }}>
      <thead>
        <tr>{th('name', 'Name')}{th('location', 'Location')}{th('role', 'Role')}{th('tool', 'Tool')}{COLUMNS.map((c) => th(c.key, c.label))}<th /></tr>
      </thead>
      <tbody>
        {sorted.map((l) => (
          <tr key={l.id} data-lesion-id={l.id} className={l.id === selected ? 'on' : ''} onClick={() => { setMeasure({ selectedLesionId: l.id, activeId: l.id }); void jumpToLesion(l); }} style={{ background: l.id === selected ? '#173a5c' : undefined, cursor: 'pointer' }}>
            <td>
              <input aria-label="lesion name" defaultValue={l.name} key={l.name} style={{ width: 80 }} onClick={(e) => e.stopPropagation()}
                onBlur={(e) => e.target.value !== l.name && run({ type: 'updateLesion', id: l.id, patch: { name: e.target.value } })} />
            </td>
            <td>{l.location}</td>
            <td>
              {l.referenceRegion ? <span className="muted" title="Reference region (not a lesion): PERCIST liver SUL mean/SD or mediastinal blood pool">{l.referenceRegion} ref.</span> : <select aria-label="RECIST role" value={l.tracking?.role ?? l.role} title="Target / non-target (chosen at baseline) or new (first seen at a follow-up)" onClick={(e) => e.stopPropagation()} onChange={(e) => {
                const role = e.target.value as NonNullable<Lesion['tracking']>['role'];
                const recist: Lesion['role'] = role === 'non-target' ? 'non-target' : role === 'new' ? l.role : 'target';
                run({ type: 'updateLesion', id: l.id, patch: { role: recist, ...(l.tracking || role === 'new' ? { tracking: { uid: l.tracking?.uid ?? uuidToUid(stableUuid(l.id)), label: l.tracking?.label ?? l.name, nodal: l.tracking?.nodal ?? false, status: l.tracking?.status ?? 'measured', ...l.tracking, role } } : {}) } });
              }}>
                <option value="target">target</option>
                <option value="non-target">non-target</option>
                <option value="new">new</option>
              </select>}
            </td>
            <td>{l.tool}</td>
            {COLUMNS.map((c) => {
              const v = valueOf(l, c.key, results);
              return <td key={c.key} data-key={c.key} title={v ? `${c.label}: ${v.method}` : undefined}>{v ? `${formatValue(v.v)} ${v.unit}` : ''}</td>;
            })}
            <td>
              <button aria-label="delete lesion" title="Delete (undo with Ctrl+Z)" onClick={(e) => { e.stopPropagation(); run({ type: 'removeLesion', id: l.id }); syncAnnotations(); }}>✕</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
