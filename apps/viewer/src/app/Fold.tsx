import type { ReactNode } from 'react';
import { useApp } from './store';

/**
 * A sidebar section the reader can fold away (kept in the browser); `capped` gives the body its own
 * scroll so the panels below stay in view. `defaultFolded` applies until the reader chooses.
 */
export function Fold({ id, title, note, capped = false, folded: auto = false, children }: { id: string; title: string; note?: string; capped?: boolean; folded?: boolean; children: ReactNode }) {
  const collapsed = useApp((s) => s.ui.collapsed);
  const setUi = useApp((s) => s.setUi);
  // The reader's own choice ("id" folded, "!id" open) wins over the automatic default.
  const folded = collapsed.includes(id) || (auto && !collapsed.includes(`!${id}`));
  const toggle = () => setUi({ collapsed: [...collapsed.filter((c) => c !== id && c !== `!${id}`), folded ? `!${id}` : id] });
  return (
    <section className="fold" data-fold={id} data-folded={folded}>
      <button className="fold-head" aria-expanded={!folded} onClick={toggle} title={folded ? `Show ${title.toLowerCase()}` : `Fold ${title.toLowerCase()} away`}>
        <span aria-hidden>{folded ? '▸' : '▾'}</span> {title}
        {note && <span className="fold-note">{note}</span>}
      </button>
      {!folded && <div className={`fold-body${capped ? ' capped' : ''}`}>{children}</div>}
    </section>
  );
}
