import { useEffect } from 'react';
import { appStore } from '../../../../app/store';
import { acceptGrow, cancelGrow } from '../../service/growService';

/** While a grow preview is open: Enter accepts it, Esc cancels it (not while typing in a text field). */
export function useGrowKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !appStore.getState().grow) return;
      const t = e.target as HTMLElement | null;
      if (t && ((t.tagName === 'INPUT' && (t as HTMLInputElement).type !== 'range') || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        void acceptGrow();
      } else if (e.key === 'Escape') cancelGrow();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
