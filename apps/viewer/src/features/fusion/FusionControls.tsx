import { useEffect, useState } from 'react';
import { appStore, useApp } from '../../app/store';
import { PET_COLORMAPS, type PetColormapId } from './petColormaps';
import { applyAutoLiverWindow } from './autoLiverWindow';
import { LIVER_WINDOW_FACTOR } from './liverWindow';
import { getEngine } from '../../viewports/engine';
import { isMip } from '../../viewports/mip/mipPick';
import { setMipAngle, startRotatingMip, stopRotatingMip } from '../../viewports/mip/rotatingMip';
import { setFusedOrientation } from '../../viewports/fusedOrientation';
import { petScaleOf } from './petScale';
import { suvUnavailableReason } from '../../viewports/suvRegistry';

const WINDOWS: readonly { label: string; range: [number, number]; key: string }[] = [
  { label: '0–5', range: [0, 5], key: '5' },
  { label: '0–10', range: [0, 10], key: '6' },
  { label: '0–15', range: [0, 15], key: '8' },
];

/** The MIP panes of the shown layout. */
function mipIds(): string[] {
  try {
    return getEngine().getViewports().filter((v) => isMip(v.id)).map((v) => v.id);
  } catch {
    return [];
  }
}

/** Rotating MIP: play/pause, speed (°/s), and back to the anterior view. Keys: 0 play/pause, , and . slower/faster. */
function MipControls() {
  const rotating = useApp((s) => s.mipRotating);
  const speed = useApp((s) => s.mipSpeed);
  const set = useApp((s) => s.setViewer);
  useEffect(() => {
    const ids = mipIds();
    for (const id of ids) {
      if (rotating) startRotatingMip(id, speed);
      else stopRotatingMip(id);
    }
    return () => ids.forEach(stopRotatingMip);
  }, [rotating, speed]);
  return (
    <fieldset className="mip-controls" data-testid="mip-controls">
      <legend>Rotating MIP</legend>
      <button type="button" className={rotating ? 'on' : ''} data-testid="mip-rotate" onClick={() => set({ mipRotating: !rotating })} title="Rotate the PET MIP about the body axis (key 0)">
        {rotating ? 'Pause' : 'Rotate'}
      </button>
      <button type="button" data-testid="mip-anterior" title="Stop and show the anterior view (0°)" onClick={() => { set({ mipRotating: false }); mipIds().forEach((id) => setMipAngle(id, 0)); }}>
        Anterior
      </button>
      <button type="button" data-testid="mip-lateral" title="Stop and show the left lateral view (90°)" onClick={() => { set({ mipRotating: false }); mipIds().forEach((id) => setMipAngle(id, 90)); }}>
        Lateral
      </button>
      <label title="Rotation speed, degrees per second (keys , and .)">
        {speed} °/s
        <input type="range" min={5} max={90} step={5} value={speed} onChange={(e) => set({ mipSpeed: Number(e.target.value) })} />
      </label>
    </fieldset>
  );
}

/** PET/CT display controls: colour map, SUV window presets (incl. liver-based auto), PET opacity, fused plane, rotating MIP. */
export function FusionControls() {
  const layout = useApp((s) => s.layout);
  const opacity = useApp((s) => s.fusionOpacity);
  const range = useApp((s) => s.petRange);
  const cmap = useApp((s) => s.petColormap);
  const setViewer = useApp((s) => s.setViewer);
  const pet = useApp((s) => s.assignments[0]?.overlayUID);
  const ct = useApp((s) => s.assignments[0]?.seriesUID ?? null);
  const [plane, setPlane] = useState<'axial' | 'sagittal' | 'coronal'>('axial');
  const [auto, setAuto] = useState<{ busy: boolean; note: string | null }>({ busy: false, note: null });
  // The PET's display unit (from a pane showing it): SUV controls only when it is SUVbw.
  const scale = petScaleOf(useApp((s) => Object.values(s.viewportInfo).find((i) => i.petUnit)?.petUnit));
  const shown = layout === 'fusion' && !!pet;
  const runAuto = () => {
    if (!pet || !scale.isSuv) return;
    setAuto({ busy: true, note: null });
    applyAutoLiverWindow(pet, ct)
      .then((r) => setAuto({ busy: false, note: `Liver mean SUVbw ${r.liverMean.toFixed(2)} (${r.source}) → 0–${r.range[1]}${r.applied ? '' : ' — not applied: the window or the PET changed meanwhile'}` }))
      .catch((e: Error) => setAuto({ busy: false, note: `Auto window not set: ${e.message}` }));
  };
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || t?.closest?.('input, textarea, select, [contenteditable=true]')) return;
      const s = appStore.getState();
      if (e.key === '8') { if (scale.isSuv) s.setViewer({ petRange: [0, 15] }); }
      else if (e.key === '9') runAuto();
      else if (e.key === '0') s.setViewer({ mipRotating: !s.mipRotating });
      else if (e.key === ',') s.setViewer({ mipSpeed: Math.max(5, s.mipSpeed - 5) });
      else if (e.key === '.') s.setViewer({ mipSpeed: Math.min(90, s.mipSpeed + 5) });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!shown) return null;
  const isWin = (r: readonly [number, number]) => r[0] === range[0] && r[1] === range[1];
  return (
    <div className="fusion-controls" data-testid="fusion-controls">
      <label title="PET colour map of the fused view (DICOM PS3.6 well-known palettes); PET alone is inverted grey">
        Colour map
        <select data-testid="pet-colormap" value={cmap} onChange={(e) => setViewer({ petColormap: e.target.value as PetColormapId })}>
          {(['hotIron', 'pet'] as const).map((id) => (
            <option key={id} value={id}>{PET_COLORMAPS[id].label}</option>
          ))}
        </select>
      </label>
      <div className="suv-windows" role="group" aria-label="SUV window">
        <span className="muted">SUVbw window</span>
        {WINDOWS.map((w) => (
          <button key={w.label} type="button" disabled={!scale.isSuv} className={isWin(w.range) ? 'on' : ''} data-testid={`suv-window-${w.range[1]}`} onClick={() => setViewer({ petRange: w.range })} title={`SUVbw ${w.label} on the fused colour scale and PET grey panes; MIP 0–${w.range[1] * 2} (key ${w.key})`}>
            {w.label}
          </button>
        ))}
        <button type="button" data-testid="suv-window-auto" disabled={auto.busy || !scale.isSuv} onClick={runAuto} title={`Auto (liver-based): SUVbw 0 to ${LIVER_WINDOW_FACTOR} × the liver reference mean (3 cm sphere, right lobe: the burden's, the one placed, or the one Caliper proposes), rounded to 0.5, within 2–30 (key 9)`}>
          {auto.busy ? 'Auto…' : 'Auto (liver)'}
        </button>
      </div>
      {auto.note && <div className="small muted" data-testid="suv-window-auto-note">{auto.note}</div>}
      {!scale.isSuv && (
        <div className="small muted" data-testid="pet-not-suv">
          PET shown in {scale.unit}: SUV not computable{pet && suvUnavailableReason(pet) ? ` (${suvUnavailableReason(pet)})` : ''}. SUV windows are off; the PET window starts from the series' own DICOM window.
        </div>
      )}
      <label title="PET opacity over CT">
        PET opacity {Math.round(opacity * 100)}%
        <input type="range" min={0} max={1} step={0.05} value={opacity} onChange={(e) => setViewer({ fusionOpacity: Number(e.target.value) })} />
      </label>
      <label title="Upper end of the PET colour scale, SUVbw">
        SUV max {range[1]}
        <input type="range" disabled={!scale.isSuv} min={1} max={30} step={0.5} value={range[1]} onChange={(e) => setViewer({ petRange: [range[0], Number(e.target.value)] })} />
      </label>
      <div className="fused-plane" role="group" aria-label="Fused plane">
        <span className="muted">Fused plane</span>
        {(['axial', 'sagittal', 'coronal'] as const).map((p) => (
          <button key={p} type="button" className={plane === p ? 'on' : ''} data-testid={`fused-plane-${p}`} title={`Show the PET/CT fusion ${p} (through the current point)`} onClick={() => { setPlane(p); setFusedOrientation(p); }}>
            {p[0].toUpperCase() + p.slice(1)}
          </button>
        ))}
      </div>
      <MipControls />
    </div>
  );
}
