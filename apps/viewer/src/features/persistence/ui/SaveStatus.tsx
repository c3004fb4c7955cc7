import { useApp } from '../../../app/store';
import { saveToPacs } from '../service/saveToPacs';

/** "Saved locally ✓ / Saving… / Not saved…" and the PACS state with a Retry after a failure. */
export function SaveStatus() {
  const p = useApp((s) => s.persistence);
  const local = p.local === 'saving' ? 'Saving…' : p.local === 'saved' ? 'Saved locally ✓' : p.local === 'error' ? `Not saved locally: ${p.localError ?? ''}` : '';
  return (
    <div className="save-status" data-local={p.local} data-pacs={p.pacs} style={{ fontSize: 12, margin: '4px 0' }}>
      {local && <div className="save-status-local" role={p.local === 'error' ? 'alert' : 'status'}>{local}</div>}
      {p.pacs === 'saving' && <div className="save-status-pacs" role="status">Saving to PACS…</div>}
      {p.pacs === 'saved' && <div className="save-status-pacs" role="status">Saved to PACS ✓</div>}
      {p.pacs === 'error' && (
        <div className="save-status-pacs" role="alert" style={{ color: '#f88' }}>
          Not saved to PACS: {p.pacsError}{' '}
          <button onClick={() => void saveToPacs().catch(() => undefined)}>Retry</button>
        </div>
      )}
    </div>
  );
}
