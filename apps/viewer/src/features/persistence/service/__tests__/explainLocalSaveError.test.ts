import { describe, expect, it } from 'vitest';
import { explainLocalSaveError } from '../explainLocalSaveError';

describe('explainLocalSaveError', () => {
  it('names a full quota (the DOMException the browser throws from put)', () => {
    expect(explainLocalSaveError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toEqual({
      kind: 'quota', message: "this browser's storage for Caliper is full (QuotaExceededError)",
    });
  });
  it('names IndexedDB being unusable (open refused, store gone)', () => {
    expect(explainLocalSaveError(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))).toEqual({
      kind: 'unavailable', message: "this browser's storage (IndexedDB) cannot be used: InvalidStateError, A mutation operation was attempted on a database that did not allow mutations.",
    });
    expect(explainLocalSaveError(new Error('indexedDB is not defined')).kind).toBe('unavailable');
  });
  it('passes a conflict from another tab through, and anything else as its message', () => {
    const c = Object.assign(new Error('changed in another tab'), { name: 'ReadingConflictError' });
    expect(explainLocalSaveError(c)).toEqual({ kind: 'conflict', message: 'changed in another tab' });
    expect(explainLocalSaveError('lesion L1: bad shape')).toEqual({ kind: 'other', message: 'lesion L1: bad shape' });
  });
});
