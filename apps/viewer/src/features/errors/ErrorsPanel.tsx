import { useApp } from '../../app/store';
import { readerMessage } from './readerMessage';
import { uidLookup } from './uidLookup';
import { DicomText } from '../../app/text/DicomText';

/**
 * Every input that could not be used, in the reader's words: what happened, the file (by name) or the
 * series (by number and description, never its UID), and the technical reason under "Details".
 */
export function ErrorsPanel() {
  const errors = useApp((s) => s.errors);
  const series = useApp((s) => s.series);
  const studies = useApp((s) => s.studies);
  const clear = useApp((s) => s.clearErrors);
  if (!errors.length) return null;
  return (
    <section className="errors-panel" data-testid="errors-panel" aria-live="polite">
      <header>
        <h2>
          Problems ({errors.length})
        </h2>
        <button onClick={clear} title="Clear this list">
          Clear
        </button>
      </header>
      <ul>
        {errors.map((e, i) => {
          const m = readerMessage(e, uidLookup({ series, studies }));
          return (
            <li key={i}>
              <div className="error-source"><DicomText value={m.title} max={200} /></div>
              <div className="error-what"><DicomText value={m.where} max={200} /></div>
              <details className="error-details">
                <summary>Details</summary>
                <div className="error-reason"><DicomText value={m.details} max={1000} /></div>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
