import { useApp } from '../../../app/store';
import type { CohortProblem } from '../model/types';
import { DicomText } from '../../../app/text/DicomText';

/** Patients left out of the cohort: label, files (identifiers redacted) and the reason. */
export function CohortProblems({ problems }: { problems: readonly CohortProblem[] }) {
  const remove = useApp((s) => s.removeCohortMember);
  if (!problems.length) return null;
  return (
    <section className="cohort-problems" data-testid="cohort-problems" aria-label="Patients left out">
      <h3>Left out ({problems.length})</h3>
      <ul>
        {problems.map((p) => (
          <li key={p.id} data-testid="cohort-problem" data-label={p.label}>
            <b><DicomText value={p.label} /></b>
            {p.files.length ? <span className="cohort-files"> · <DicomText value={p.files.join(', ')} max={200} /></span> : null}: <DicomText value={p.reason} max={400} />
            <button className="cohort-x" title="Remove from the cohort" onClick={() => remove(p.id)}>×</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
