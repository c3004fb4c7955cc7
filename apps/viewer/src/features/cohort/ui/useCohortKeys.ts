import { useEffect } from 'react';
import { closeCohort } from '../service/openCohort';

const typing = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};

/**
 * While the cohort view is open: Esc closes it; the viewer's other single keys are held back (they
 * would act on the hidden viewports), except G (which toggles the view).
 */
export function useCohortKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        closeCohort();
        return;
      }
      if (e.key.toLowerCase() === 'g') return;
      if (e.key.length === 1 || /^(Arrow|Page|F\d)/.test(e.key)) e.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
