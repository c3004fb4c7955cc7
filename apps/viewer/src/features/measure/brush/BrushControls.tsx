import { useEffect } from 'react';
import { appStore, useApp } from '../../../app/store';
import { setMeasureTool } from '../tools/registerMeasureTools';
import { editLesion, newBrushLesion } from './brushService';
import { useBrush } from './brushState';

const BRUSH_TOOLS = ['brush', 'eraser', 'scissors'];
/** Keyboard shortcuts of the brush tools (free in the shell's list). */
export const BRUSH_KEYS: Record<string, 'brush' | 'eraser'> = { b: 'brush', e: 'eraser' };

/** Brush size (mm), the lesion being painted, "Edit segmentation" of the selected 3D lesion; B / E keys. */
export function BrushControls() {
  const tool = useApp((s) => s.measureTool);
  const selected = useApp((s) => s.lesions.find((l) => l.id === s.selectedLesionId));
  const { sizeMm, targetLesionId, readyViewportId, set } = useBrush();
  const target = useApp((s) => s.lesions.find((l) => l.id === targetLesionId));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || el?.tagName === 'INPUT' || el?.tagName === 'TEXTAREA') return;
      const t = BRUSH_KEYS[e.key.toLowerCase()];
      if (!t) return;
      setMeasureTool(appStore.getState().measureTool === t ? null : t);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const canEdit = selected && selected.shape.kind === 'mask' && selected.id !== targetLesionId;
  if (!BRUSH_TOOLS.includes(tool ?? '') && !canEdit) return null;
  return (
    <div className="measure-brush" data-brush-target={targetLesionId ?? ''} data-brush-ready={readyViewportId ?? ''}>
      {BRUSH_TOOLS.includes(tool ?? '') && (
        <>
          <label title="Brush radius in mm (brush and eraser)" style={{ display: 'block' }}>
            Brush {sizeMm.toFixed(1)} mm
            <input type="range" aria-label="brush size" min={0.5} max={30} step={0.5} value={sizeMm} onChange={(e) => set({ sizeMm: Number(e.target.value) })} />
          </label>
          <div>
            Painting: {target ? target.name : 'new lesion'}{' '}
            <button onClick={() => newBrushLesion()} disabled={!targetLesionId} title="The next stroke starts a new lesion">New lesion</button>
          </div>
        </>
      )}
      {canEdit && (
        <button onClick={() => void editLesion(selected.id).then(() => { if (!BRUSH_TOOLS.includes(appStore.getState().measureTool ?? '')) setMeasureTool('brush'); })} title="Paint/erase this lesion's 3D segmentation with the brush">
          Edit segmentation
        </button>
      )}
    </div>
  );
}
