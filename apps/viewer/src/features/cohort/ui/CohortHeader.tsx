import { useRef, useState } from 'react';
import type { CriteriaName } from '@caliper/response';
import { CRITERIA } from '@caliper/response';
import { useApp } from '../../../app/store';
import { CRITERIA_INFO } from '../../response/ui/criteriaInfo';
import { addFiles } from '../service/addFiles';
import { download } from '../service/exports';
import { closeCohort, setCohortLabel } from '../service/openCohort';
import { readInputFiles } from '../service/readPicked';
import { CohortPacs } from './CohortPacs';

/** Title row: cohort label, criterion, adding patients (files / a folder per patient), exports, close. */
export function CohortHeader({ empty }: { empty: boolean }) {
  const label = useApp((s) => s.cohortLabel);
  const criteria = useApp((s) => s.cohortCriteria);
  const setCohort = useApp((s) => s.setCohort);
  const clear = useApp((s) => s.clearCohort);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const pick = (input: HTMLInputElement | null) => {
    if (!input?.files?.length) return;
    void readInputFiles(input.files).then(addFiles).finally(() => (input.value = ''));
  };
  const run = (kind: 'csv' | 'pdf' | 'png') => {
    setExportError(null);
    download(kind).catch((e: unknown) => setExportError(`${kind.toUpperCase()} export failed: ${e instanceof Error ? e.message : String(e)}`));
  };
  return (
    <header className="cohort-head">
      <input className="cohort-label" aria-label="Cohort label" value={label} onChange={(e) => setCohortLabel(e.target.value)}
        title="Cohort label (e.g. “Trial arm A”): the title and the exported files’ names; never an identifier" />
      <select aria-label="Criterion" value={criteria} onChange={(e) => setCohort({ cohortCriteria: e.target.value as CriteriaName })} title={CRITERIA_INFO[criteria].method}>
        {CRITERIA.map((c) => <option key={c} value={c} title={CRITERIA_INFO[c].method}>{CRITERIA_INFO[c].label}</option>)}
      </select>
      <div className="cohort-buttons">
        <button onClick={() => files.current?.click()} title="Add patients: each timeline / caliper response --json file is one patient; SR files picked together are one patient">Add files…</button>
        <button onClick={() => folder.current?.click()} title="Add a folder of patients: one sub-folder of Caliper SRs (one per timepoint) per patient">Add folder…</button>
        <input ref={files} type="file" multiple hidden data-testid="cohort-files" accept=".json,.dcm,application/json,application/dicom,*/*" onChange={(e) => pick(e.currentTarget)} />
        <CohortPacs />
        <input ref={folder} type="file" multiple hidden data-testid="cohort-folder" {...{ webkitdirectory: '' }} onChange={(e) => pick(e.currentTarget)} />
        <button disabled={empty} onClick={() => run('csv')} title="Per-patient table as CSV (named after the cohort label)">CSV</button>
        <button disabled={empty} onClick={() => run('pdf')} title="Cohort PDF as caliper board --cohort writes it: ORR/DCR, waterfall, swimmer, table (named after the cohort label)">PDF</button>
        <button disabled={empty} onClick={() => run('png')} title="Picture of this view (named after the cohort label)">PNG</button>
        <button onClick={clear} title="Remove every patient">Clear</button>
        <button onClick={closeCohort} title="Close the cohort view (Esc or G)">Close</button>
      </div>
      {exportError && <p className="cohort-error" role="alert">{exportError}</p>}
    </header>
  );
}
