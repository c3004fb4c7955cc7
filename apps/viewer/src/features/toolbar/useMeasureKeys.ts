import { useEffect } from 'react';
import { appStore } from '../../app/store';
import { setMeasureTool } from '../measure/tools/registerMeasureTools';
import { syncAnnotations } from '../measure/tools/syncAnnotations';
import { jumpToLesion } from '../measure/service/jumpToLesion';
import { measureKeyFor, stepLesion, type MeasureKeyAction } from './measureKeys';

const typing = (el: EventTarget | null): boolean => {
  const t = el as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
};

function run(a: MeasureKeyAction): void {
  const s = appStore.getState();
  switch (a.kind) {
    case 'tool':
      return setMeasureTool(s.measureTool === a.tool ? null : a.tool);
    case 'threshold':
      if (s.petThreshold.kind === 'off') s.setMeasure({ petThreshold: { kind: 'percentOfMax', percent: 41 } });
      return setMeasureTool('sphere');
    case 'delete': {
      const l = s.lesions.find((x) => x.id === s.selectedLesionId);
      if (!l) return;
      if (l.locked) {
        s.pushToast({ kind: 'info', title: `${l.name} is locked`, text: 'Unlock it in its details (▸) to delete it.' });
        return;
      }
      s.runCommand({ type: 'removeLesion', id: l.id });
      syncAnnotations();
      s.pushToast({ kind: 'info', title: `Deleted ${l.name}`, text: 'Ctrl+Z brings it back.' });
      return;
    }
    case 'step': {
      const id = stepLesion(s.lesions.map((l) => l.id), s.selectedLesionId, a.dir);
      const l = s.lesions.find((x) => x.id === id);
      if (!l) return;
      s.setMeasure({ selectedLesionId: l.id, activeId: l.id });
      void jumpToLesion(l);
    }
  }
}

/** Measurement keys (measureKeys.ts): tools, threshold sphere, Delete, ] / [ — not while typing or presenting. */
export function useMeasureKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const s = appStore.getState();
      if (s.presenting || s.cohortOpen || s.helpOpen) return;
      const k = measureKeyFor(e);
      if (!k) return;
      e.preventDefault();
      run(k.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
