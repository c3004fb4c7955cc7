import { useApp } from '../../../app/store';
import { describeAlignment } from '../model/describeAlignment';
import type { CompareSync } from '../timelineSlice';

const SYNC: { key: keyof CompareSync; label: string; tip: string }[] = [
  { key: 'slice', label: 'Slices', tip: 'Scrolling one side moves the other to the same patient position (through the alignment)' },
  { key: 'zoomPan', label: 'Zoom/pan', tip: 'Zoom and pan follow: same scale (mm per pixel) and the same anatomy at the centre' },
  { key: 'voi', label: 'W/L', tip: 'Window/level follows (series of the same modality)' },
];

/** Sync switches, the alignment in use and the one-landmark correction. */
export function CompareTools() {
  const sync = useApp((s) => s.compareSync);
  const setSync = useApp((s) => s.setCompareSync);
  const alignment = useApp((s) => s.compareAlignment);
  const status = useApp((s) => s.compareStatus);
  const pick = useApp((s) => s.landmarkPick);
  const setPick = useApp((s) => s.setLandmarkPick);
  const text = alignment ? describeAlignment(alignment) : undefined;
  return (
    <div className="cmp-tools" data-testid="compare-tools">
      <span className="muted small">Sync</span>
      {SYNC.map((x) => (
        <button key={x.key} className={sync[x.key] ? 'on' : ''} aria-pressed={sync[x.key]} title={x.tip} onClick={() => setSync({ [x.key]: !sync[x.key] })}>
          {x.label}
        </button>
      ))}
      <span className="cmp-sep" />
      {status.state !== 'ready' ? (
        <span className={`cmp-status ${status.state}`} data-testid="compare-status" title={status.message}>
          {status.message ?? ''}
        </span>
      ) : pick ? (
        <span className="cmp-pick" data-testid="landmark-instructions">
          {pick.step === 'prior' ? 'Click a landmark in the PRIOR (left)' : 'Now click the same anatomy in the CURRENT (right)'}
          <button onClick={() => setPick(null)} title="Cancel the landmark correction (Esc)">
            Cancel
          </button>
        </span>
      ) : (
        <>
          <span className={`cmp-align ${alignment?.method ?? ''}`} data-testid="compare-alignment" data-method={alignment?.method} title={alignment?.warning ? `${text?.title}\n${alignment.warning}` : text?.title}>
            {text?.label}
            {alignment?.warning ? ' ⚠' : ''}
          </span>
          {status.refining && (
            <span className="cmp-status" data-testid="compare-refining" title="The worker's rigid registration may still replace this alignment">
              · {status.message}
            </span>
          )}
          <button data-testid="landmark-start" title="Correct the alignment with one landmark pair: click a point in the prior, then the same anatomy in the current (translation only)" onClick={() => setPick({ step: 'prior' })}>
            Landmark…
          </button>
        </>
      )}
    </div>
  );
}
