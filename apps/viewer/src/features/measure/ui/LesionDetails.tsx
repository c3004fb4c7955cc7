import { useApp } from '../../../app/store';
import type { Lesion } from '../model/lesion';
import { biomarkerRows } from './biomarkerRows';
import { formatQuantity } from './formatQuantity';
import { SiteRolePickers } from './SiteRolePickers';
import { displayText } from '@caliper/core';
import { DicomText } from '../../../app/text/DicomText';

/** A series as the reader knows it: number and description (never its UID). */
function seriesName(s: { seriesNumber?: number; seriesDescription?: string; modality?: string } | undefined): string {
  if (!s) return 'series';
  return [displayText(s.modality, { max: 16 }).text, s.seriesNumber !== undefined ? `#${s.seriesNumber}` : undefined, displayText(s.seriesDescription).text].filter(Boolean).join(' ');
}

/** The expanded row of a lesion: site and role, every value per series with unit and method, tool, place, history. */
export function LesionDetails({ l }: { l: Lesion }) {
  const results = useApp((s) => s.results[l.id]);
  const series = useApp((s) => s.series);
  return (
    <div className="lesion-details">
      <SiteRolePickers l={l} />
      {l.seriesUIDs.map((uid) => {
        const r = results?.[uid];
        const fresh = r?.measurement && r.version === l.version;
        return (
          <div key={uid} className="lesion-details-series">
            <div className="muted">{seriesName(series[uid])}</div>
            {!fresh ? <div className="muted">{r?.error ?? 'measuring…'}</div> : (
              <dl>
                {biomarkerRows(r.measurement!).map((b) => (
                  <div key={b.key} title={b.method}><dt>{b.label}</dt><dd>{b.note ?? formatQuantity(b.value, b.unit)}</dd></div>
                ))}
              </dl>
            )}
          </div>
        );
      })}
      <div className="muted small">{l.tool}{l.location ? <> · <DicomText value={l.location} /></> : ''}</div>
      {l.history && l.history.length > 0 && (
        <details className="lesion-history">
          <summary>History ({l.history.length})</summary>
          <ol>
            {l.history.map((h, i) => (
              <li key={i}>
                {new Date(h.at).toLocaleTimeString()} {h.via === 'edit' ? '' : `${h.via}: `}{h.fields.join(', ')}
                {h.before && h.after ? ` — ${displayText(h.after.name).text} ${formatQuantity(h.before.value, h.before.unit)} → ${formatQuantity(h.after.value, h.after.unit)}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
