import { useEffect } from 'react';
import { runShortcut } from './runShortcut';
import { shortcutFor } from './shortcuts';

/** Global keyboard shortcuts (not while typing in a field). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const sc = shortcutFor(e);
      if (!sc) return;
      e.preventDefault();
      runShortcut(sc.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
