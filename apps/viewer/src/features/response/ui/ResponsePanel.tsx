import { CRITERIA, isAnatomic } from '@caliper/response';
import type { CriteriaName } from '@caliper/response';
import { useApp } from '../../../app/store';
import { selectResponse } from '../model/selectResponse';
import { categoryColor } from './categoryColors';
import { CRITERIA_INFO, digitsOf, fmt, fmtPct } from './criteriaInfo';
import { PacsCourse } from './PacsCourse';
import { ProposalBar } from './ProposalBar';
import { TrackingEditor } from './TrackingEditor';

/** Sidebar panel: the patient's course under the chosen criterion, category per timepoint, best response. */
export function ResponsePanel() {
  const view = useApp(selectResponse);
  const criteria = useApp((s) => s.responseCriteria);
  const options = useApp((s) => s.responseOptions);
  const tableOpen = useApp((s) => s.responseTableOpen);
  const set = useApp((s) => s.setResponseCriteria);
  const setOptions = useApp((s) => s.setResponseOptions);
  const setTable = useApp((s) => s.setResponseTableOpen);
  const info = CRITERIA_INFO[criteria];
  const r = view?.result;
  return (
    <section className="response-panel" aria-label="Response">
      <h2>Response</h2>
      <div className="row" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <select aria-label="Response criteria" value={criteria} title={info.method} onChange={(e) => set(e.target.value as CriteriaName)}>
          {CRITERIA.map((c) => <option key={c} value={c} title={CRITERIA_INFO[c].method}>{CRITERIA_INFO[c].label}</option>)}
        </select>
        <button className={tableOpen ? 'on' : ''} onClick={() => setTable(!tableOpen)} title="Lesion × timepoint table with trends (R)">Table</button>
      </div>
      {isAnatomic(criteria) && (
        <div className="small" style={{ display: 'flex', gap: 10, marginTop: 4, alignItems: 'center' }}>
          <label title="RECIST 1.1 Table 3: a CR/PR counts only if confirmed ≥ 28 days later">
            <input type="checkbox" checked={options.confirm} onChange={(e) => setOptions({ confirm: e.target.checked })} /> confirm CR/PR
          </label>
          <label title="An SD counts as best response only this many days after baseline">
            SD ≥ <input type="number" min={0} value={options.sdMinDays} onChange={(e) => setOptions({ sdMinDays: Math.max(0, Math.round(Number(e.target.value) || 0)) })} /> d
          </label>
        </div>
      )}
      {!view && <p className="muted small">Open a study to read a patient's course.</p>}
      {view && !view.built.rows.length && (
        <p className="muted small">No lesions on this patient's timeline yet: measure targets on the baseline ({view.studies[0]?.date ?? 'no dated study'}).</p>
      )}
      {view?.targetProblems.map((p) => <p key={p} className="response-warn small" role="alert">⚠ {p}</p>)}
      {view?.error && <p className="response-error small" role="alert" title="The criterion cannot be applied until this is fixed">Cannot assess: {view.error}</p>}
      {r && (
        <table className="response-course" aria-label="Response per timepoint">
          <thead>
            <tr><th>Date</th><th title={info.method}>{info.quantity}</th><th title="Change from baseline">Δ base</th><th title="Change from nadir">Δ nadir</th><th>Category</th></tr>
          </thead>
          <tbody>
            <tr>
              <td>{r.baseline.date}</td>
              <td className="num">{fmt(r.baseline[info.key], digitsOf(info.unit))} {info.unit}</td>
              <td /><td />
              <td><span className="muted">baseline</span></td>
            </tr>
            {r.timepoints.map((t) => (
              <tr key={t.date} data-date={t.date}>
                <td title={`day ${t.daysFromBaseline}`}>{t.date}</td>
                <td className="num">{fmt(t[info.key], digitsOf(info.unit))}{t[info.key] === null ? '' : ` ${info.unit}`}{criteria === 'lugano' ? ` · D${t.deauville ?? '–'}` : ''}</td>
                <td className="num">{fmtPct(t.changeFromBaselinePct)}</td>
                <td className="num" title={t.nadirDate ? `nadir ${t.nadirDate}` : ''}>{fmtPct(t.changeFromNadirPct)}</td>
                <td>
                  <span className="category" data-testid="response-category" style={{ borderColor: categoryColor(t.response), color: categoryColor(t.response) }} title={t.reasons.join('\n')}>
                    {t.response}
                  </span>
                  <div className="reason small">{t.reasons[0] ?? ''}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r && r.timepoints.length === 0 && <p className="muted small">No follow-up read yet: open a later study of this patient to assess the response.</p>}
      {view && view.built.rows.length > 0 && view.built.unread.map((u) => <p key={u.studyInstanceUID} className="muted small">{u.date}: not read yet (open it and propose the tracked lesions)</p>)}
      {r && (
        <p className="bor" title={r.bestOverallResponse.reasons.join('\n')}>
          Best overall response:{' '}
          <strong data-testid="best-response" style={{ color: categoryColor(r.bestOverallResponse.response) }}>{r.bestOverallResponse.response}</strong>
          {r.bestOverallResponse.date ? ` (${r.bestOverallResponse.date})` : ''}
          {r.bestOverallResponse.confirmed ? ' confirmed' : ''}
        </p>
      )}
      {view && view.built.notes.length > 0 && (
        <details className="small">
          <summary>{view.built.notes.length} note{view.built.notes.length > 1 ? 's' : ''}</summary>
          <ul>{view.built.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </details>
      )}
      <PacsCourse />
      <ProposalBar />
      <TrackingEditor />
    </section>
  );
}
