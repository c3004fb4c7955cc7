import { useEffect } from 'react';
import { appStore, useApp } from '../../../app/store';
import { setMeasureTool } from '../tools/registerMeasureTools';
import { editLesion, newBrushLesion } from './brushService';
import { useBrush } from './brushState';
import { isBrushTool, isScissors, SCISSORS } from './scissorsTools';

/**
 * Keyboard shortcuts of the brush tools (free in the shell's list); X picks the last scissors shape.
 * The eraser is Shift+E: E alone is the edit tool (features/measure/tools/editToolKey).
 */
export const BRUSH_KEYS: Record<string, 'brush' | 'eraser' | 'scissors'> = { b: 'brush', e: 'eraser', x: 'scissors' };

function onBrushKey(e: KeyboardEvent): void {
  const el = e.target as HTMLElement | null;
  if (e.ctrlKey || e.metaKey || e.altKey || el?.tagName === 'INPUT' || el?.tagName === 'TEXTAREA') return;
  const k = BRUSH_KEYS[e.key.toLowerCase()];
  if (!k || (k === 'eraser' && !e.shiftKey)) return;
  const t = k === 'scissors' ? useBrush.getState().scissors : k;
  const cur = appStore.getState().measureTool;
  setMeasureTool(cur === t || (k === 'scissors' && isScissors(cur)) ? null : t);
  e.preventDefault();
}

/** Scissors shape (rectangle / circle / sphere) and fill or erase. */
function ScissorsChoice({ tool }: { tool: string }) {
  const erase = useBrush((s) => s.scissorsErase);
  const set = useBrush((s) => s.set);
  return (
    <div className="measure-scissors" role="group" aria-label="scissors shape" style={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'center' }}>
      Scissors:
      {SCISSORS.map((s) => (
        <button key={s.id} data-scissors={s.id} className={tool === s.id ? 'on' : ''} aria-pressed={tool === s.id} title={s.tip} onClick={() => setMeasureTool(s.id)}>
          {s.label}
        </button>
      ))}
      <label title="Scissors fill the shape with the lesion being painted, or erase every segment inside it">
        <input type="checkbox" aria-label="scissors erase" checked={erase} onChange={(e) => set({ scissorsErase: e.target.checked })} /> Erase
      </label>
    </div>
  );
}

/** Brush size (mm), scissors shape, the lesion being painted, "Edit segmentation" of the selected 3D lesion; B / E / X keys. */
export function BrushControls() {
  const tool = useApp((s) => s.measureTool);
  const selected = useApp((s) => s.lesions.find((l) => l.id === s.selectedLesionId));
  const { sizeMm, targetLesionId, readyViewportId, set } = useBrush();
  const target = useApp((s) => s.lesions.find((l) => l.id === targetLesionId));
  useEffect(() => {
    window.addEventListener('keydown', onBrushKey);
    return () => window.removeEventListener('keydown', onBrushKey);
  }, []);
  const canEdit = selected && selected.shape.kind === 'mask' && selected.id !== targetLesionId;
  const brushing = isBrushTool(tool);
  if (!brushing && !canEdit) return null;
  return (
    <div className="measure-brush" data-brush-target={targetLesionId ?? ''} data-brush-ready={readyViewportId ?? ''}>
      {brushing && (
        <>
          {isScissors(tool) ? <ScissorsChoice tool={tool} /> : (
            <label title="Brush radius in mm (brush and eraser)" style={{ display: 'block' }}>
              Brush {sizeMm.toFixed(1)} mm
              <input type="range" aria-label="brush size" min={0.5} max={30} step={0.5} value={sizeMm} onChange={(e) => set({ sizeMm: Number(e.target.value) })} />
            </label>
          )}
          <div>
            Painting: {target ? target.name : 'new lesion'}{' '}
            <button onClick={() => newBrushLesion()} disabled={!targetLesionId} title="The next stroke starts a new lesion">New lesion</button>
          </div>
        </>
      )}
      {canEdit && (
        <button onClick={() => void editLesion(selected.id).then(() => { if (!isBrushTool(appStore.getState().measureTool)) setMeasureTool('brush'); })} title="Paint/erase this lesion's 3D segmentation with the brush">
          Edit segmentation
        </button>
      )}
    </div>
  );
}
