import { appStore, useApp } from '../../../app/store';
import { jumpToLesion } from '../../measure/service/jumpToLesion';
import type { TrackedRow } from '../model/buildResponseTimeline';
import type { LesionValues } from '../model/lesionValues';
import { selectResponse } from '../model/selectResponse';
import { categoryColor } from './categoryColors';
import { CRITERIA_INFO, digitsOf, fmt, fmtPct } from './criteriaInfo';
import { Sparkline } from './Sparkline';

const STATUS_SHORT: Record<string, string> = { absent: 'gone', 'too-small-to-measure': 'too small', 'not-evaluable': 'NE', present: 'present', 'unequivocal-progression': 'unequiv. PD' };

/** One cell: the lesion's measurements at one timepoint (long/short, volume, SULpeak, ADC, HU), as measured. */
function Cell({ cell }: { cell: TrackedRow['cells'][string] }) {
  if (!cell) return <td className="muted">not assessed</td>;
  const v: LesionValues = cell.values;
  const parts: string[] = [];
  if (cell.status !== 'measured') parts.push(STATUS_SHORT[cell.status] ?? cell.status);
  if (v.longMm !== undefined) parts.push(`${fmt(v.longMm)}${v.shortMm !== undefined ? ` × ${fmt(v.shortMm)}` : ''} mm`);
  if (v.volumeMl !== undefined) parts.push(`${fmt(v.volumeMl, 2)} mL`);
  if (v.sulPeak !== undefined) parts.push(`SULpeak ${fmt(v.sulPeak, 2)}`);
  if (v.suvMax !== undefined) parts.push(`SUVmax ${fmt(v.suvMax, 2)}`);
  if (v.adcMean !== undefined) parts.push(`ADC ${fmt(v.adcMean, 2)}`);
  if (v.meanHu !== undefined) parts.push(`${fmt(v.meanHu)} HU`);
  return (
    <td>
      <button className="link" onClick={() => { const l = lesionById(cell.lesionId); if (l) void jumpToLesion(l); }} title="Show this measurement (units: mm, mL, SUL/SUVbw, ADC 10⁻³ mm²/s, HU)">
        {parts.join(' · ') || '–'}
      </button>
    </td>
  );
}

const lesionById = (id: string) => appStore.getState().lesions.find((l) => l.id === id);

/** Lesion × timepoint table over the viewports, with sums, changes, categories and exploratory trends. */
export function ResponseTable() {
  const open = useApp((s) => s.responseTableOpen);
  const view = useApp(selectResponse);
  const criteria = useApp((s) => s.responseCriteria);
  const close = useApp((s) => s.setResponseTableOpen);
  if (!open) return null;
  const info = CRITERIA_INFO[criteria];
  const studies = view?.studies ?? [];
  const byDate = new Map((view?.result?.timepoints ?? []).map((t) => [t.date, t]));
  const trend = (row: TrackedRow, k: keyof LesionValues) => studies.map((s) => {
    const c = row.cells[s.studyInstanceUID];
    const v = c?.values[k];
    return c?.status === 'absent' ? 0 : typeof v === 'number' ? v : null;
  });
  const labels = studies.map((s) => s.date);
  return (
    <div className="response-table-drawer" role="dialog" aria-label="Response table">
      <header>
        <strong>{info.label}</strong>
        <span className="muted small" title={info.method}> {info.method}</span>
        <button onClick={() => close(false)} title="Close (R)" aria-label="Close the response table">✕</button>
      </header>
      {!view || !view.built.rows.length ? <p className="muted">No tracked lesions yet.</p> : (
        <div className="scroll">
          <table className="response-table">
            <thead>
              <tr>
                <th>Lesion</th>
                {studies.map((s, i) => <th key={s.studyInstanceUID}>{s.date}{i === 0 ? ' (baseline)' : ''}</th>)}
                <th title="Exploratory trends, not a response criterion">Volume (mL)*</th><th title="Exploratory">SULpeak*</th><th title="Exploratory">ADC (10⁻³ mm²/s)*</th>
              </tr>
            </thead>
            <tbody>
              {view.built.rows.map((row) => (
                <tr key={row.uid}>
                  <th scope="row" title={`Tracking UID ${row.uid}`}>{row.id} <span className="muted small">{row.role}{row.organ ? ` · ${row.organ}` : ''}{row.nodal ? ' · node' : ''}</span></th>
                  {studies.map((s) => <Cell key={s.studyInstanceUID} cell={row.cells[s.studyInstanceUID]} />)}
                  <td><Sparkline values={trend(row, 'volumeMl')} labels={labels} unit="mL" /></td>
                  <td><Sparkline values={trend(row, 'sulPeak')} labels={labels} unit="SUL" /></td>
                  <td><Sparkline values={trend(row, 'adcMean')} labels={labels} unit="10⁻³ mm²/s" /></td>
                </tr>
              ))}
            </tbody>
            {view.result && (
              <tfoot>
                <tr>
                  <th title={info.method}>{info.quantity} ({info.unit})</th>
                  <td className="num">{fmt(view.result.baseline[info.key], digitsOf(info.unit))}</td>
                  {studies.slice(1).map((s) => <td key={s.studyInstanceUID} className="num">{fmt(byDate.get(s.date)?.[info.key], digitsOf(info.unit))}</td>)}
                  <td colSpan={3} />
                </tr>
                <tr>
                  <th>Δ baseline / Δ nadir</th><td />
                  {studies.slice(1).map((s) => { const t = byDate.get(s.date); return <td key={s.studyInstanceUID} className="num">{fmtPct(t?.changeFromBaselinePct)} / {fmtPct(t?.changeFromNadirPct)}</td>; })}
                  <td colSpan={3} />
                </tr>
                <tr>
                  <th>Category</th><td className="muted">baseline</td>
                  {studies.slice(1).map((s) => {
                    const t = byDate.get(s.date);
                    return <td key={s.studyInstanceUID}>{t ? <><span className="category" style={{ borderColor: categoryColor(t.response), color: categoryColor(t.response) }}>{t.response}</span> <span className="small">{t.reasons.join('; ')}</span></> : '–'}</td>;
                  })}
                  <td colSpan={3} className="small muted">* exploratory</td>
                </tr>
              </tfoot>
            )}
          </table>
          {view.error && <p className="response-error small">Cannot assess: {view.error}</p>}
        </div>
      )}
    </div>
  );
}
