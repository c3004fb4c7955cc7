import { useState } from 'react';
import { useApp } from '../../../app/store';

/** The presenter's lines of therapy (name, start, optional stop): listed, removable, drawn as bands on the plots. */
export function TherapyForm() {
  const therapies = useApp((s) => s.therapies);
  const setPresentation = useApp((s) => s.setPresentation);
  const [draft, setDraft] = useState({ name: '', start: '', stop: '' });
  const add = () => {
    if (!draft.name.trim() || !draft.start) return;
    setPresentation({ therapies: [...therapies, { name: draft.name.trim(), start: draft.start, ...(draft.stop ? { stop: draft.stop } : {}) }] });
    setDraft({ name: '', start: '', stop: '' });
  };
  return (
    <details className="board-therapies">
      <summary>Therapy lines ({therapies.length})</summary>
      <ul>
        {therapies.map((t, i) => (
          <li key={`${t.name}-${t.start}-${i}`}>
            {t.name}: {t.start} → {t.stop ?? 'ongoing'}{' '}
            <button aria-label={`Remove ${t.name}`} onClick={() => setPresentation({ therapies: therapies.filter((_, k) => k !== i) })}>Remove</button>
          </li>
        ))}
      </ul>
      <div className="board-therapy-form">
        <input aria-label="Therapy name" placeholder="Therapy" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <input aria-label="Therapy start" type="date" value={draft.start} onChange={(e) => setDraft({ ...draft, start: e.target.value })} />
        <input aria-label="Therapy stop" type="date" value={draft.stop} onChange={(e) => setDraft({ ...draft, stop: e.target.value })} />
        <button onClick={add} disabled={!draft.name.trim() || !draft.start}>Add</button>
      </div>
    </details>
  );
}
