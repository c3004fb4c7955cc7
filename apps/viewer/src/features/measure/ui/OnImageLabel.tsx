import type { OnImageLabel as Label } from './onImageLabel';
import { DicomText } from '../../../app/text/DicomText';

/**
 * The ROI's label on the image: name and at most two main values (three lines); everything else on
 * hover. `data-version`: the shape version of the numbers shown, set once they are current.
 */
export function OnImageLabel({ label, version, state }: { label: Label; version: number | undefined; state: 'fresh' | 'pending' | 'error' }) {
  return (
    <div className="measure-numbers measure-label" data-state={state} data-version={state === 'fresh' ? (version ?? '') : ''} data-lines={1 + label.lines.length} title={label.title}>
      <div className="measure-label-name" style={{ color: '#e8e8e8', fontWeight: 600 }}><DicomText value={label.name} max={40} /></div>
      {label.lines.map((l) => (
        <div key={l.key} data-key={l.key} data-value={l.value ?? ''} data-unit={l.unit} title={l.title}>{l.text}</div>
      ))}
      {state === 'pending' && !label.lines.length && <div>…</div>}
    </div>
  );
}
