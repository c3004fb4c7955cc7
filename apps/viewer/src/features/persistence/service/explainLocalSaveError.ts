/** Why a reading could not be saved in this browser, and whether retrying later can help. */
export interface LocalSaveProblem {
  readonly kind: 'quota' | 'unavailable' | 'conflict' | 'other';
  /** One sentence for the reader (the reading itself is kept in memory whatever the cause). */
  readonly message: string;
}

const nameOf = (e: unknown): string => (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '');
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Name the cause of a failed IndexedDB save (W3C IndexedDB 3.0 §2.7: QuotaExceededError when the
 * origin's quota is used up; InvalidStateError / UnknownError / a failed open when the database
 * cannot be used at all, e.g. some private windows, a full disk, or storage cleared under the page).
 */
export function explainLocalSaveError(e: unknown): LocalSaveProblem {
  const name = nameOf(e);
  const msg = messageOf(e);
  if (name === 'QuotaExceededError' || /quota/i.test(msg)) {
    return { kind: 'quota', message: `this browser's storage for Caliper is full (${name || 'quota exceeded'})` };
  }
  if (name === 'ReadingConflictError') return { kind: 'conflict', message: msg };
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotFoundError' || name === 'SecurityError' || /indexeddb|database/i.test(msg)) {
    return { kind: 'unavailable', message: `this browser's storage (IndexedDB) cannot be used: ${name ? `${name}, ` : ''}${msg}` };
  }
  return { kind: 'other', message: msg };
}
