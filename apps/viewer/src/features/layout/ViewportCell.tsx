import { useCallback, useEffect, useRef } from 'react';
import { useApp } from '../../app/store';
import { bindViewportElement } from '../../viewports/bridge';
import { setViewportElement } from '../../viewports/controller';
import type { ViewportSpec } from '../../viewports/ids';
import { ViewportOverlay } from '../overlay/ViewportOverlay';

/** One viewport: the element Cornerstone renders into, plus its text overlay. */
export function ViewportCell({ spec, index }: { spec: ViewportSpec; index: number }) {
  const active = useApp((s) => s.activeViewport === index);
  const setActive = useApp((s) => s.setActiveViewport);
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
  return (
    <div
      className={`viewport-cell${active ? ' active' : ''}`}
      data-viewport-id={spec.id}
      onPointerDown={() => setActive(index)}
      title={`${spec.label}: left drag = current tool, middle = pan, right = zoom, wheel = scroll`}
    >
      <div className="viewport-element" ref={ref} onContextMenu={(e) => e.preventDefault()} />
      <ViewportOverlay viewportId={spec.id} label={spec.label} index={index} />
    </div>
  );
}
