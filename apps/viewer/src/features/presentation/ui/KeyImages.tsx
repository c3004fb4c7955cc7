import { useApp } from '../../../app/store';
import type { KeyImage } from '../model/keyImage';
import { cancelKeyImages, removeKeyImage } from '../service/keyImages';

const ROLE_LABEL: Record<KeyImage['role'], string> = { baseline: 'Baseline', nadir: 'Nadir', current: 'Current', added: 'Added view' };

function Figure({ k }: { k: KeyImage }) {
  return (
    <figure className="board-key" data-testid="board-key-image" data-lesion={k.lesion ?? ''} data-role={k.role} data-date={k.date ?? ''}>
      <img src={k.png} alt={k.caption} title={`${k.caption}${k.ref ? '' : ' (no DICOM reference: not in the KOS)'}`} />
      <figcaption>
        <span>{ROLE_LABEL[k.role]}{k.date ? ` · ${k.date}` : ''}</span>
        <button className="board-key-remove" aria-label={`Remove key image ${k.caption}`} title="Remove this key image" onClick={() => removeKeyImage(k.id)}>×</button>
      </figcaption>
    </figure>
  );
}

/** Key images in the case summary: one row per lesion (baseline, nadir, current), then added views. */
export function KeyImages() {
  const images = useApp((s) => s.keyImages);
  const progress = useApp((s) => s.keyImageProgress);
  const rows = new Map<string, KeyImage[]>();
  for (const k of images) rows.set(k.lesion ?? '', [...(rows.get(k.lesion ?? '') ?? []), k]);
  return (
    <section className="board-keys-section" aria-label="Key images">
      <h3>Key images</h3>
      {progress.state === 'working' && (
        <p className="board-progress" role="status">
          Taking key images {progress.done} / {progress.total}… <button onClick={cancelKeyImages}>Cancel</button>
        </p>
      )}
      {progress.state === 'error' && progress.message && <p className="board-note">Some key images could not be taken: {progress.message}</p>}
      {images.length === 0 && progress.state !== 'working' && <p className="board-hint">K takes baseline, nadir and current of each target lesion; A adds the view on screen.</p>}
      {[...rows].map(([lesion, list]) => (
        <div key={lesion || 'added'} className="board-key-row">
          <h4>{lesion || 'Added views'}</h4>
          <div className="board-key-grid">{list.map((k) => <Figure key={k.id} k={k} />)}</div>
        </div>
      ))}
    </section>
  );
}
