import { useApp } from '../../../app/store';
import { saveToPacs } from '../service/saveToPacs';
import { keepThisVersion, loadOtherVersion } from '../service/resolveConflict';
import { downloadReading } from './downloadReading';

/**
 * "Saved locally ✓ / Saving… / Not saved…" and the PACS state with a Retry after a failure. When this
 * browser cannot keep the reading it says why and offers a download; a conflict with another tab
 * asks whose version to keep.
 */
export function SaveStatus() {
  const p = useApp((s) => s.persistence);
  const local = p.local === 'saving' ? 'Saving…' : p.local === 'saved' ? 'Saved locally ✓' : p.local === 'error' ? `Not saved locally: ${p.localError ?? ''}` : '';
  const study = p.conflict?.studyInstanceUID ?? p.otherTab?.studyInstanceUID;
  return (
    <div className="save-status" data-local={p.local} data-pacs={p.pacs} data-problem={p.localProblem ?? ''} style={{ fontSize: 12, margin: '4px 0' }}>
      {local && <div className="save-status-local" role={p.local === 'error' ? 'alert' : 'status'}>{local}</div>}
      {p.local === 'error' && p.localProblem !== 'conflict' && (
        <div className="save-status-kept" data-testid="reading-kept-in-memory">
          The reading is kept in this tab and saving is retried at each change.{' '}
          <button data-testid="download-reading" onClick={() => downloadReading(p.studyInstanceUID)}>Download reading</button>
        </div>
      )}
      {p.conflict && study && (
        <div className="save-status-conflict" role="alert" data-testid="reading-conflict">
          Your version is kept; nothing was overwritten.{' '}
          <button onClick={() => void loadOtherVersion(study)}>Load the other tab&apos;s version</button>{' '}
          <button onClick={() => void keepThisVersion(study)}>Keep this version</button>{' '}
          <button onClick={() => downloadReading(study)}>Download this version</button>
        </div>
      )}
      {!p.conflict && p.otherTab && study && (
        <div className="save-status-othertab" role="status" data-testid="reading-other-tab">
          This reading was just saved in another tab.{' '}
          <button onClick={() => void loadOtherVersion(study)}>Load it</button>
        </div>
      )}
      {p.pacs === 'saving' && <div className="save-status-pacs" role="status">Saving to PACS…</div>}
      {p.pacs === 'saved' && <div className="save-status-pacs" role="status">Saved to PACS ✓</div>}
      {p.pacs === 'error' && (
        <div className="save-status-pacs" role="alert" style={{ color: '#f88' }}>
          Not saved to PACS: {p.pacsError}{' '}
          <span className="save-status-queued" data-testid="pacs-queued">
            {p.pacsRetry?.at ? `Queued: retried by itself at ${new Date(p.pacsRetry.at).toLocaleTimeString()} (try ${p.pacsRetry.attempt + 1}).` : 'Queued until you retry.'}
          </span>{' '}
          <button onClick={() => void saveToPacs().catch(() => undefined)}>Retry now</button>
        </div>
      )}
    </div>
  );
}
