import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useApp } from '../../app/store';
import { openFromUi } from '../../app/openFromUi';
import { bindViewportElement } from '../../viewports/bridge';
import { setViewportElement } from '../../viewports/controller';
import type { ViewportSpec } from '../../viewports/ids';
import { ViewportOverlay } from '../overlay/ViewportOverlay';
import { SERIES_DRAG_TYPE } from './seriesDrag';
import './layout.css';

/** One viewport: the element Cornerstone renders into, plus its text overlay; a drop target for series thumbnails. */
export function ViewportCell({ spec, index }: { spec: ViewportSpec; index: number }) {
  const active = useApp((s) => s.activeViewport === index);
  // In a hanging, a pane is named by its protocol (e.g. "DWI (highest b)"); a pane the study has no series for says so.
  const pane = useApp((s) => (s.activeHanging && s.activeHanging.layout === s.layout ? s.activeHanging.panes[index] : undefined));
  const label = pane?.label ?? spec.label;
  // A pane whose derived series is still being computed (the ADC fit) shows that work's progress.
  const pending = useApp((s) => {
    const key = pane ? s.hangingPending[index] : undefined;
    return key ? (s.progress[key] ?? null) : undefined;
  });
  const setActive = useApp((s) => s.setActiveViewport);
  const [dropping, setDropping] = useState(false);
  const unbind = useRef<(() => void) | null>(null);
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      unbind.current?.();
      unbind.current = null;
      setViewportElement(spec.id, el);
      if (el) unbind.current = bindViewportElement(spec.id, el);
    },
    [spec.id],
  );
  useEffect(() => () => unbind.current?.(), []);
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(SERIES_DRAG_TYPE);
  const onDrop = (e: DragEvent) => {
    setDropping(false);
    const uid = e.dataTransfer.getData(SERIES_DRAG_TYPE);
    if (!uid) return;
    e.preventDefault();
    setActive(index);
    // A stack cell takes the series; an MPR/fusion cell re-opens its layout with it.
    openFromUi(uid, spec.kind === 'stack' ? index : spec.kind === 'fusion' || spec.kind === 'mip' ? 'fusion' : 'mpr');
  };
  return (
    <div
      className={`viewport-cell${active ? ' active' : ''}${dropping ? ' drop-target' : ''}`}
      data-viewport-id={spec.id}
      data-active={active || undefined}
      onPointerDown={() => setActive(index)}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
      title={`${label}: left drag = current tool, middle = pan, right = zoom, wheel = scroll; drop a series here to show it`}
    >
      <div className="viewport-element" ref={ref} onContextMenu={(e) => e.preventDefault()} />
      <ViewportOverlay viewportId={spec.id} label={label} index={index} />
      {pending !== undefined && (
        <div className="hanging-empty hanging-pending" data-testid={`hanging-pending-${spec.id}`}>
          {pane?.label}: {pending ? `${pending.label} ${Math.round((100 * pending.done) / Math.max(1, pending.total))} %` : 'computing…'}
        </div>
      )}
      {pane?.empty && (
        <div className="hanging-empty" data-testid={`hanging-empty-${spec.id}`}>
          {pane.label}: {pane.derived ? 'not computed yet (its panel computes it; then drop it here)' : 'no such series in this study (drop one here)'}
        </div>
      )}
    </div>
  );
}
