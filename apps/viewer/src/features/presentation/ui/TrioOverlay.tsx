import { useApp } from '../../../app/store';
import { selectBoard } from '../model/selectBoard';

/** Baseline | nadir | current of the presented lesion, side by side over the viewports (B toggles). */
export function TrioOverlay() {
  const trio = useApp((s) => s.trio);
  const lesion = useApp((s) => (s.trio ? selectBoard(s)?.rows[s.presentLesion]?.id : undefined));
  const images = useApp((s) => s.keyImages);
  if (!trio || !lesion) return null;
  const shown = images.filter((k) => k.lesion === lesion && k.role !== 'added');
  return (
    <div className="board-trio" data-testid="board-trio" aria-label={`${lesion}: baseline, nadir and current`}>
      {shown.length === 0 && <p className="board-note">No key images of {lesion} yet.</p>}
      {shown.map((k) => (
        <figure key={k.id} data-role={k.role}>
          <img src={k.png} alt={k.caption} />
          <figcaption>{k.caption}</figcaption>
        </figure>
      ))}
    </div>
  );
}
