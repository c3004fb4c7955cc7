import { useApp } from '../../app/store';
import { FEATURE_KEYS, SHORTCUTS } from '../toolbar/shortcuts';
import { MEASURE_KEYS } from '../toolbar/measureKeys';

const keyLabel = (k: string) => (k === ' ' ? 'Space' : k === 'ArrowDown' ? '↓' : k === 'ArrowUp' ? '↑' : k === 'Escape' ? 'Esc' : k.toUpperCase());

/** `?`: keyboard shortcuts and mouse bindings. */
export function HelpOverlay() {
  const open = useApp((s) => s.helpOpen);
  const setViewer = useApp((s) => s.setViewer);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onClick={() => setViewer({ helpOpen: false })}>
      <div className="modal help" role="dialog" aria-label="Keyboard shortcuts" data-testid="help">
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  <kbd>{keyLabel(s.key)}</kbd>
                </td>
                <td>{s.label}</td>
              </tr>
            ))}
            {MEASURE_KEYS.map((s) => (
              <tr key={`m-${s.key}`} data-measure-key={s.key}>
                <td>
                  <kbd>{s.key.length === 1 ? s.key.toUpperCase() : s.key === 'Delete' ? 'Del' : s.key}</kbd>
                </td>
                <td>{s.label}</td>
              </tr>
            ))}
            {FEATURE_KEYS.map((s) => (
              <tr key={s.key}>
                <td>
                  <kbd>{s.key.length === 1 ? s.key.toUpperCase() : s.key}</kbd>
                </td>
                <td>{s.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Mouse</h2>
        <p>Left drag: current tool · Middle drag: pan · Right drag: zoom · Wheel: scroll slices.</p>
        <p className="muted">Values under the cursor are in real units: HU for CT, SUVbw for PET (when the PET header allows it), otherwise the raw value with its unit; the position is in patient LPS millimetres.</p>
      </div>
    </div>
  );
}
