import type { LesionResult } from '../model/measureSlice';
import { biomarkerRows } from './biomarkerRows';
import { displayUnit, formatQuantity } from './formatQuantity';

/** The numbers of one result (every value with its unit; the method on hover). Stale → "…". */
export function BiomarkerList({ result, current, label }: { result: LesionResult | undefined; current: number | undefined; label: string }) {
  const fresh = result && result.version === current;
  if (!fresh) return <div className="measure-pending" data-state="pending">{label}: …</div>;
  if (result.error) return <div className="measure-error" data-state="error">{label}: {result.error}</div>;
  const m = result.measurement!;
  return (
    <div className="measure-numbers" data-state="fresh" data-version={result.version} data-unit={m.result.unit}>
      <div style={{ opacity: 0.7 }}>{label} ({displayUnit(m.result.unit)})</div>
      {biomarkerRows(m).map((r) => (
        <div key={r.key} title={`${r.label}: ${r.method}`} data-key={r.key} data-value={r.value ?? ''} data-unit={r.unit}>
          {r.label}: {r.note ?? formatQuantity(r.value, r.unit)}
        </div>
      ))}
    </div>
  );
}
