import { appStore } from '../../../app/store';

let resolveOpen: ((keep: boolean) => void) | null = null;

/** Wait for the reader's answer to the question now in the store; an older open question is answered "discard". */
export function awaitAnswer(): Promise<boolean> {
  resolveOpen?.(false);
  return new Promise<boolean>((resolve) => {
    resolveOpen = resolve;
  });
}

/** The dialog's answer (Keep/Enter = true, Discard/Esc = false); closes the question. */
export function answerImplausible(keep: boolean): void {
  const r = resolveOpen;
  resolveOpen = null;
  appStore.getState().setMeasure({ confirm: null });
  r?.(keep);
}
