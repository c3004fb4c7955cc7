import type { StateCreator } from 'zustand';

/** A short message in the corner: what happened, optional one-line text and technical details on demand. */
export interface Toast {
  readonly id: number;
  readonly kind: 'error' | 'info' | 'success';
  readonly title: string;
  readonly text?: string;
  readonly details?: string;
}

export interface ToastsSlice {
  toasts: Toast[];
  pushToast: (t: Omit<Toast, 'id'>) => number;
  dismissToast: (id: number) => void;
}

/** At most this many toasts on screen; older ones give way (the errors panel keeps every error). */
export const MAX_TOASTS = 4;
let next = 1;

export const createToastsSlice: StateCreator<ToastsSlice, [], [], ToastsSlice> = (set) => ({
  toasts: [],
  pushToast: (t) => {
    const id = next++;
    set((s) => ({ toasts: [...s.toasts, { ...t, id }].slice(-MAX_TOASTS) }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
});
