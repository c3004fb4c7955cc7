import { useState } from 'react';
import { addFromPacs } from '../service/addFromPacs';
import { pacsConfigured } from '../service/pacsLookup';

/**
 * *From PACS…*: patient IDs typed by the user (one per line, "ID@issuer" when the issuer matters),
 * each read as one patient from its SRs on the configured DICOMweb server. The IDs are cleared
 * once sent: the view then shows only "Patient n".
 */
export function CohortPacs() {
  const [open, setOpen] = useState(false);
  const [ids, setIds] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!pacsConfigured()) return null;
  const send = () => {
    const list = ids.split(/[\n,;]+/);
    setIds('');
    setOpen(false);
    setError(null);
    addFromPacs(list).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <>
      <button onClick={() => setOpen(!open)} title="Add patients from the PACS: every Caliper SR of each patient's studies (QIDO-RS by Patient ID, WADO-RS)">From PACS…</button>
      {open && (
        <div className="cohort-pacs">
          <textarea aria-label="Patient IDs" rows={3} value={ids} onChange={(e) => setIds(e.target.value)} placeholder="Patient IDs, one per line (ID@issuer)" autoComplete="off" spellCheck={false} />
          <button onClick={send} disabled={!ids.trim()}>Add</button>
        </div>
      )}
      {error && <p className="cohort-error" role="alert">{error}</p>}
    </>
  );
}
