import { appStore } from '../../../app/store';
import { setMeasureTool } from './registerMeasureTools';

/** E (no modifier, not while typing): the edit tool on / off. With it a left drag moves or resizes an unlocked measurement. */
function onKey(e: KeyboardEvent): void {
  const el = e.target as HTMLElement | null;
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'e') return;
  if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)) return;
  setMeasureTool(appStore.getState().measureTool === 'edit' ? null : 'edit');
  e.preventDefault();
}

export function startEditToolKey(): () => void {
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
