import type { Types as ToolTypes } from '@cornerstonejs/tools';
import { appStore } from '../../../app/store';
import { mayGrab } from './grabPolicy';

type Grab = (evt: { detail?: { event?: { button?: number; buttons?: number } } }, annotation: { annotationUID?: string }, ...rest: unknown[]) => void;
type Tool = { handleSelectedCallback?: Grab; toolSelectedCallback?: Grab; __caliperGrabGuard?: boolean };

/** True when the lesion drawn by this annotation is locked by the reader. */
export const isLockedAnnotation = (uid: string | undefined): boolean =>
  !!uid && appStore.getState().lesions.some((l) => l.id === uid && l.locked);

/**
 * A measure tool's annotations move only on a left-button press and only when their lesion is not
 * locked: the second line of defence behind `guardNavigation` (a press with a button no tool owns,
 * e.g. Shift+right, still reaches the annotation tools of the group).
 */
export function guardAnnotationTool(group: ToolTypes.IToolGroup, name: string): void {
  const tool = group.getToolInstance(name) as Tool | undefined;
  if (!tool || tool.__caliperGrabGuard) return;
  for (const key of ['handleSelectedCallback', 'toolSelectedCallback'] as const) {
    const own = tool[key]?.bind(tool);
    if (!own) continue;
    tool[key] = (evt, annotation, ...rest) => {
      if (!mayGrab(evt?.detail?.event, isLockedAnnotation(annotation?.annotationUID))) return;
      own(evt, annotation, ...rest);
    };
  }
  tool.__caliperGrabGuard = true;
}
