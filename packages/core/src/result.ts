/** Tagged-union result: a bad input is a named error, not an exception that kills a batch. */
export type Result<T, E = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** An error attached to the file (or series) it came from. */
export interface FileError {
  readonly file: string;
  readonly reason: string;
}
