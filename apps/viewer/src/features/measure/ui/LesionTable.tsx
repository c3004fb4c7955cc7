import { Fragment, useState, type ReactNode } from 'react';
import { useApp } from '../../../app/store';
import type { Lesion } from '../model/lesion';
import { jumpToLesion } from '../service/jumpToLesion';
import { syncAnnotations } from '../tools/syncAnnotations';
import { LESION_COLUMNS, valueOf, type Results } from './lesionColumns';
import { LesionDetails } from './LesionDetails';
import { formatNumber, formatQuantity } from './formatQuantity';

import { roleOf } from './SiteRolePickers';
import { lesionColorOf } from '../regions/regionColor';
import { cleanText } from '@caliper/core';

type SortKey = 'name' | string;

/** The site and role line under a lesion's name: "liver · target" (never a coordinate). */
function SiteRole({ l }: { l: Lesion }) {
  if (l.referenceRegion) return <span className="lesion-sub" title="Reference region (not a lesion): PERCIST liver SUL mean/SD or mediastinal blood pool">{l.referenceRegion} ref.</span>;
  const organ = l.tracking?.organ;
  return (
    <span className="lesion-sub" data-site={organ ?? ''} data-role={roleOf(l)}>
      {organ ?? <em className="muted" title="Open the row (▸) to pick the site">site?</em>} · {roleOf(l)}
    </span>
  );
}

/** Which biomarker columns are shown (kept in the browser); the table stays narrow by default. */
function ColumnChooser() {
  const shown = useApp((s) => s.ui.lesionColumns);
  const setUi = useApp((s) => s.setUi);
  const toggle = (key: string, on: boolean) => setUi({ lesionColumns: LESION_COLUMNS.map((c) => c.key).filter((k) => (k === key ? on : shown.includes(k))) });
  return (
    <details className="column-chooser">
      <summary title="Choose the lesion table's columns">Columns</summary>
      <div className="column-chooser-list">
        {LESION_COLUMNS.map((c) => (
          <label key={c.key} title={c.tip}>
            <input type="checkbox" data-column={c.key} checked={shown.includes(c.key)} onChange={(e) => toggle(c.key, e.target.checked)} /> {c.long}
          </label>
        ))}
      </div>
    </details>
  );
}

/**
 * Lesion list that fits the sidebar: name with site · role, the chosen biomarker columns (long, short,
 * volume, main SUV/ADC value by default; units in the header), click to jump, ▸ for the details (site and
 * role pickers, every value with its unit and method, history), delete (undoable).
 */
export function LesionTable() {
  const lesions = useApp((s) => s.lesions);
  const results: Results = useApp((s) => s.results);
  const selected = useApp((s) => s.selectedLesionId);
  const setMeasure = useApp((s) => s.setMeasure);
  const run = useApp((s) => s.runCommand);
  const shown = useApp((s) => s.ui.lesionColumns);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const columns = LESION_COLUMNS.filter((c) => shown.includes(c.key));
  const sorted = [...lesions].sort((a, b) => {
    if (sort.key === 'name') return sort.dir * a.name.localeCompare(b.name, undefined, { numeric: true });
    const va = valueOf(a, sort.key, results)?.value ?? -Infinity, vb = valueOf(b, sort.key, results)?.value ?? -Infinity;
    return sort.dir * (va - vb);
  });
  const th = (key: SortKey, label: ReactNode, title: string, className?: string) => (
    <th key={key} className={className} onClick={() => setSort({ key, dir: sort.key === key ? (-sort.dir as 1 | -1) : 1 })} title={`${title} (click to sort)`} data-column={key}>
      {label}{sort.key === key ? (sort.dir > 0 ? '▲' : '▼') : ''}
    </th>
  );
  const toggleOpen = (id: string) => setOpen((o) => { const n = new Set(o); if (!n.delete(id)) n.add(id); return n; });
  if (!lesions.length) return <><p className="muted">No lesions yet: pick a tool and draw on an image.</p><ColumnChooser /></>;
  return (
    <div className="lesion-table-wrap">
      <table className="lesion-table">
        <colgroup>
          <col className="c-toggle" /><col className="c-name" />
          {columns.map((c) => <col key={c.key} className="c-num" />)}
          <col className="c-del" />
        </colgroup>
        <thead>
          <tr>
            <th aria-label="details" />
            {th('name', 'Lesion', 'Name, site and role')}
            {columns.map((c) => th(c.key, <>{c.label}<small>{c.unit}</small></>, c.tip, 'num'))}
            <th aria-label="delete" />
          </tr>
        </thead>
        <tbody>
          {sorted.map((l) => {
            const expanded = open.has(l.id);
            return (
              <Fragment key={l.id}>
                <tr data-lesion-id={l.id} className={`lesion-row${l.id === selected ? ' on' : ''}`} onClick={() => { setMeasure({ selectedLesionId: l.id, activeId: l.id }); void jumpToLesion(l); }}>
                  <td>
                    <button className="row-toggle" aria-label="lesion details" aria-expanded={expanded} title="Details: site, role, every value, history" onClick={(e) => { e.stopPropagation(); toggleOpen(l.id); }}>{expanded ? '▾' : '▸'}</button>
                  </td>
                  <td className="lesion-name" style={{ borderLeft: `3px solid ${lesionColorOf(lesions, l.id) ?? 'transparent'}` }} title="The lesion's colour on the image">
                    {/* An imported (SR) name is untrusted: the field shows it cleaned (no bidi controls); leaving the field unchanged keeps the stored name. */}
                    <input aria-label="lesion name" defaultValue={cleanText(l.name)} key={l.name} onClick={(e) => e.stopPropagation()}
                      onBlur={(e) => e.target.value !== cleanText(l.name) && run({ type: 'updateLesion', id: l.id, patch: { name: e.target.value } })} />
                    <SiteRole l={l} />
                  </td>
                  {columns.map((c) => {
                    const v = valueOf(l, c.key, results);
                    return (
                      <td key={c.key} className="num" data-key={c.key} data-value={v?.value ?? ''} title={v ? `${v.label}: ${formatQuantity(v.value, v.unit)} — ${v.method}` : undefined}>
                        {v ? formatNumber(v.value, v.unit) : ''}{v && c.key === 'main' ? <small className="unit-tag">{v.tag}</small> : null}
                      </td>
                    );
                  })}
                  <td>
                    <button className="row-delete" aria-label="delete lesion" title="Delete (Del; undo with Ctrl+Z)" onClick={(e) => { e.stopPropagation(); run({ type: 'removeLesion', id: l.id }); syncAnnotations(); }}>✕</button>
                  </td>
                </tr>
                {expanded && (
                  <tr className="lesion-details-row" data-details-for={l.id}>
                    <td colSpan={columns.length + 3}><LesionDetails l={l} /></td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <ColumnChooser />
    </div>
  );
}
