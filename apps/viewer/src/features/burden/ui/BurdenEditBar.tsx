import { useEffect, useRef } from 'react';
import { useBurden } from '../model/burdenState';
import type { BurdenEditMode } from '../model/burdenState';
import type { BurdenReply } from '../model/burdenTypes';
import { redoBurdenEdit, undoBurdenEdit } from '../service/burdenEdits';
import { installEditCapture } from '../service/editCapture';
import { splitBurdenLesion } from '../service/editLesions';
import { exportExclusionSeg, importExclusionSeg } from '../service/exclusionSegFiles';
import { fmt } from './format';

const MODES: { mode: BurdenEditMode; label: string; title: string }[] = [
  { mode: 'add', label: 'Add lesion', title: 'Then click a lesion on the PET, fused or MIP view: the 26-connected region at the run\'s threshold (pct41: 41 % of its SUVmax), outside the exclusion, measured like the others (Esc ends)' },
  { mode: 'paint', label: 'Paint exclusion', title: 'Brush (a sphere of the radius below, on the PET grid): drag on the CT, PET or fused view to exclude physiological uptake; the segmentation runs again on release' },
  { mode: 'erase', label: 'Erase exclusion', title: 'Eraser: drag on the CT, PET or fused view to give voxels back to the lesions; the segmentation runs again on release' },
];

/** The reader's edits: add, split, exclusion brush/eraser, SEG import/export, undo/redo (Ctrl+Z / Ctrl+Y in the panel). */
export function BurdenEditBar({ result }: { result: BurdenReply }) {
  const editing = useBurden((s) => s.editing);
  const radius = useBurden((s) => s.brushRadiusMm);
  const selected = useBurden((s) => s.selected);
  const splitPoints = useBurden((s) => s.splitPoints);
  const message = useBurden((s) => s.editMessage);
  const history = useBurden((s) => s.history);
  const removed = useBurden((s) => s.removed);
  const set = useBurden((s) => s.set);
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => (editing ? installEditCapture() : undefined), [editing]);
  const toggle = (mode: BurdenEditMode) => set({ editing: editing === mode ? null : mode, splitPoints: [], editMessage: null });
  const splitId = selected.length === 1 && !removed.includes(selected[0]) ? selected[0] : null;
  const lastUndo = history.undo.at(-1), lastRedo = history.redo.at(-1);
  const voxMl = result.lesions.length ? result.lesions[0].volumeMl / result.lesions[0].voxelCount : null;
  const fail = (e: unknown) => set({ editMessage: e instanceof Error ? e.message : String(e) });
  return (
    <div className="burden-edit" aria-label="Burden editing">
      <div className="row small">
        {MODES.map((m) => (
          <button key={m.mode} className={editing === m.mode ? 'on' : ''} aria-pressed={editing === m.mode} title={m.title} onClick={() => toggle(m.mode)}>{m.label}</button>
        ))}
        <label title="Brush radius: voxels whose centre lies within it are painted or erased, mm">
          r <input type="number" aria-label="Brush radius" min={1} max={100} step={1} value={radius} onChange={(e) => set({ brushRadiusMm: Math.min(100, Math.max(1, Number(e.target.value) || 1)) })} /> mm
        </label>
      </div>
      <div className="row small">
        <button disabled={splitId === null} className={editing === 'split' ? 'on' : ''} aria-pressed={editing === 'split'} onClick={() => toggle('split')}
          title="Tick one lesion, then click two or more points inside it on a plane view: each voxel goes to the nearest point by geodesic distance inside the lesion (26-connected steps)">
          {splitId === null ? 'Split (tick one lesion)' : `Split #${splitId}`}
        </button>
        {editing === 'split' && splitId !== null && (
          <>
            <span data-split-points={splitPoints.length}>{splitPoints.length} point{splitPoints.length === 1 ? '' : 's'}</span>
            <button disabled={splitPoints.length < 2} title="Split between the clicked points" onClick={() => {
              void splitBurdenLesion(splitId, splitPoints).then((r) => r.ok && set({ editing: null, splitPoints: [], selected: [] }));
            }}>Split into {Math.max(2, splitPoints.length)}</button>
          </>
        )}
        <button disabled={!lastUndo} onClick={() => undoBurdenEdit()} title={lastUndo ? `Undo: ${lastUndo.label} (Ctrl+Z in this panel)` : 'Nothing to undo'}>Undo</button>
        <button disabled={!lastRedo} onClick={() => redoBurdenEdit()} title={lastRedo ? `Redo: ${lastRedo.label} (Ctrl+Y or Ctrl+Shift+Z in this panel)` : 'Nothing to redo'}>Redo</button>
      </div>
      <div className="row small">
        <span data-exclusion-voxels={result.exclusion.voxelCount} title={`Excluded voxels (never part of a lesion): ${result.exclusion.source}${result.exclusion.organs.length ? `; ${result.exclusion.organs.join(', ')}` : ''}`}>
          Exclusion {result.exclusion.voxelCount} voxels{voxMl !== null ? ` (${fmt(result.exclusion.voxelCount * voxMl, 1)} mL)` : ''} · {result.exclusion.source}
        </span>
        <button title="Import a DICOM SEG as the exclusion: the union of all its segments, mapped onto the PET grid (replaces the current exclusion)" onClick={() => file.current?.click()}>Import SEG</button>
        <input ref={file} type="file" accept=".dcm,application/dicom" aria-label="Import exclusion SEG" hidden onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) importExclusionSeg(f).catch(fail);
        }} />
        <button disabled={!result.exclusionMask} title="Save the exclusion as a DICOM SEG on the PET grid (one segment), named after the study" onClick={() => { try { exportExclusionSeg(); } catch (e) { fail(e); } }}>Export SEG</button>
      </div>
      {message && <p className="warn small" role="alert" data-edit-message>{message}</p>}
    </div>
  );
}
