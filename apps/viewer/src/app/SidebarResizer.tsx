import { useRef } from 'react';
import { useApp } from './store';
import { DEFAULT_UI_PREFS } from '../features/toolbar/uiPrefs';

/** Drag handle on the sidebar's right edge (arrows ±16 px, double-click resets); the width is kept in the browser. */
export function SidebarResizer() {
  const width = useApp((s) => s.ui.sidebarWidth);
  const setUi = useApp((s) => s.setUi);
  const drag = useRef<{ x: number; w: number } | null>(null);
  return (
    <div
      className="sidebar-resizer" role="separator" aria-orientation="vertical" aria-label="Sidebar width" aria-valuenow={width} tabIndex={0}
      data-testid="sidebar-resizer" title="Drag to widen or narrow the panels (double-click: default width)"
      onPointerDown={(e) => {
        drag.current = { x: e.clientX, w: width };
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.classList.add('dragging');
        e.preventDefault();
      }}
      onPointerMove={(e) => { if (drag.current) setUi({ sidebarWidth: drag.current.w + e.clientX - drag.current.x }); }}
      onPointerUp={(e) => { drag.current = null; e.currentTarget.classList.remove('dragging'); }}
      onDoubleClick={() => setUi({ sidebarWidth: DEFAULT_UI_PREFS.sidebarWidth })}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          setUi({ sidebarWidth: width + (e.key === 'ArrowRight' ? 16 : -16) });
          e.preventDefault();
          e.stopPropagation();
        }
      }}
    />
  );
}
