import { useApp } from '../../app/store';

/** Every input that could not be used, with the file/series and the reason. */
export function ErrorsPanel() {
  const errors = useApp((s) => s.errors);
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
        {errors.map((e, i) => (
          <li key={i}>
            <div className="error-source">{e.source}</div>
            <div className="error-reason">{e.reason}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
