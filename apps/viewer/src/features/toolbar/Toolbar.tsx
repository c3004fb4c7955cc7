import { useApp } from '../../app/store';
import type { LayoutId } from '../../app/types';
import { VOI_PRESETS, presetsFor } from '../../viewports/presets';
import { adcShown } from '../adc/adcShown';
import { runShortcut } from './runShortcut';
import type { ShortcutAction } from './shortcuts';
import type { LeftTool } from './viewerSlice';
import { ProtocolPicker } from '../hanging/ui/ProtocolPicker';

const TOOLS: { id: LeftTool; label: string; tip: string }[] = [
  { id: 'windowLevel', label: 'W/L', tip: 'Window/level: drag left/right = width, up/down = level (W)' },
  { id: 'pan', label: 'Pan', tip: 'Pan (P; middle drag)' },
  { id: 'zoom', label: 'Zoom', tip: 'Zoom (Z; right drag)' },
  { id: 'scroll', label: 'Scroll', tip: 'Scroll slices by dragging (S; wheel)' },
  { id: 'crosshairs', label: 'Crosshairs', tip: 'Crosshairs in MPR / fusion (C)' },
];
const LAYOUTS: { id: LayoutId; label: string; tip: string; action: ShortcutAction }[] = [
  { id: '1x1', label: '1×1', tip: 'One viewport (F1)', action: 'layout1x1' },
  { id: '1x2', label: '1×2', tip: 'Two viewports side by side (F2)', action: 'layout1x2' },
  { id: '2x2', label: '2×2', tip: 'Four viewports (F3)', action: 'layout2x2' },
  { id: 'mpr', label: 'MPR', tip: 'Axial / sagittal / coronal of the active series with crosshairs (M)', action: 'layoutMpr' },
  { id: 'fusion', label: 'Fusion', tip: 'PET/CT fusion + PET MIP of the active study (F)', action: 'layoutFusion' },
  { id: 'compare', label: 'Prior|Current', tip: 'Prior and current study of the patient side by side, synchronised (T)', action: 'layoutCompare' },
];

/** Top bar: tools, layouts, W/L presets, cine, overlay/identifier toggles, help. */
export function Toolbar() {
  const leftTool = useApp((s) => s.leftTool);
  const layout = useApp((s) => s.layout);
  const cine = useApp((s) => s.cinePlaying);
  const fps = useApp((s) => s.cineFps);
  const overlays = useApp((s) => s.overlaysVisible);
  const hideIds = useApp((s) => s.hideIdentifiers);
  const setViewer = useApp((s) => s.setViewer);
  const withAdc = useApp((s) => adcShown(s.assignments, s.series));
  const theme = useApp((s) => s.ui.theme);
  const setUi = useApp((s) => s.setUi);
  return (
    <header className="toolbar" role="toolbar">
      <span className="brand" title="Caliper: quantitative oncology imaging viewer">
        Caliper
      </span>
      <div className="group">
        {TOOLS.map((t) => (
          <button key={t.id} className={leftTool === t.id ? 'on' : ''} title={t.tip} onClick={() => setViewer({ leftTool: t.id })}>
            {t.label}
          </button>
        ))}
      </div>
      <div className="group">
        {LAYOUTS.map((l) => (
          <button key={l.id} data-testid={`layout-${l.id}`} className={layout === l.id ? 'on' : ''} title={l.tip} onClick={() => runShortcut(l.action)}>
            {l.label}
          </button>
        ))}
      </div>
      <ProtocolPicker />
      <div className="group">
        <select
          title={`Window/level presets (keys 1–6${withAdc ? '; ADC 0–3 ×10⁻³ mm²/s from this menu' : ''})`}
          data-testid="voi-presets"
          value=""
          onChange={(e) => {
            const i = VOI_PRESETS.findIndex((p) => p.id === e.target.value);
            if (i >= 0) runShortcut(`preset${i + 1}` as ShortcutAction);
          }}
        >
          <option value="">W/L preset…</option>
          {presetsFor(withAdc).map((p) => (
            <option key={p.id} value={p.id} {...(p.title ? { title: p.title } : {})}>
              {p.key ? `${p.key}: ` : ''}{p.label}
            </option>
          ))}
        </select>
        <button title="Reset zoom, pan and W/L (R)" onClick={() => runShortcut('reset')}>
          Reset
        </button>
        <button title="Invert grey scale (I)" onClick={() => runShortcut('invert')}>
          Invert
        </button>
      </div>
      <div className="group">
        <button className={cine ? 'on' : ''} title="Cine play/pause on the active viewport (Space)" onClick={() => runShortcut('cine')}>
          {cine ? '❚❚ Cine' : '▶ Cine'}
        </button>
        <input
          type="number"
          min={1}
          max={60}
          value={fps}
          title="Cine speed, frames per second"
          onChange={(e) => setViewer({ cineFps: Math.max(1, Math.min(60, Number(e.target.value) || 10)) })}
        />
        <span className="muted small fps-label">fps</span>
      </div>
      <div className="group right">
        <button className={overlays ? 'on' : ''} title="Show/hide viewport overlays (O)" onClick={() => runShortcut('overlays')}>
          Overlays
        </button>
        <button
          data-testid="hide-identifiers"
          className={hideIds ? 'on' : ''}
          title="Hide patient name and ID everywhere, for screen sharing (H)"
          onClick={() => runShortcut('hideIdentifiers')}
        >
          Hide patient
        </button>
        <button data-testid="present" title="Tumour-board presentation: viewports + case summary, identifiers hidden (V)" onClick={() => runShortcut('presentation')}>
          Present
        </button>
        <button data-testid="cohort" title="Cohort view: several patients' readings as one trial arm — waterfall, swimmer, ORR/DCR (G)" onClick={() => runShortcut('cohort')}>
          Cohort
        </button>
        <button data-testid="theme-toggle" aria-pressed={theme === 'light'} aria-label={theme === 'dark' ? 'Light theme' : 'Dark theme'}
          title={`${theme === 'dark' ? 'Light' : 'Dark'} theme for the panels (the images stay on black); kept in this browser`}
          onClick={() => setUi({ theme: theme === 'dark' ? 'light' : 'dark' })}>
          {theme === 'dark' ? '☀' : '☾'}
        </button>
        <button title="Keyboard shortcuts and help (?)" onClick={() => runShortcut('help')}>
          ?
        </button>
      </div>
    </header>
  );
}
