import { useState } from 'react';
import { DicomText } from '../../../app/text/DicomText';

/**
 * A patient's label: plain text (cheap for a 200-row table) that turns into a field on click or
 * Enter; the new label is kept as typed, on every keystroke.
 */
export function LabelCell({ label, onChange }: { label: string; onChange: (label: string) => void }) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return <input aria-label="Patient label" autoFocus value={label} onChange={(e) => onChange(e.target.value)} onBlur={() => setEditing(false)} onKeyDown={(e) => (e.key === 'Enter' || e.key === 'Escape') && setEditing(false)} />;
  }
  return (
    <span className="cohort-name" role="button" tabIndex={0} data-testid="cohort-name" title="Click to rename (a label, never an identifier)"
      onClick={() => setEditing(true)} onKeyDown={(e) => e.key === 'Enter' && setEditing(true)}>
      <DicomText value={label} />
    </span>
  );
}
