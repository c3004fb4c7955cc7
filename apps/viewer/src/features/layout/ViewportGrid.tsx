import { useEffect, useLayoutEffect, useRef } from 'react';
import { useApp } from '../../app/store';
import { layoutRendered, resizeViewports } from '../../viewports/controller';
import { viewportsFor } from '../../viewports/ids';
import { ViewportCell } from './ViewportCell';

/** The viewport grid of the current layout. */
export function ViewportGrid() {
  const layout = useApp((s) => s.layout);
  const specs = viewportsFor(layout);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    layoutRendered(layout);
  }, [layout]);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let raf = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(resizeViewports);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <div ref={box} className={`viewport-grid layout-${layout}`} data-layout={layout}>
      {specs.map((s, i) => (
        <ViewportCell key={s.id} spec={s} index={i} />
      ))}
    </div>
  );
}
