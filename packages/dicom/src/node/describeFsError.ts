/** Plain-words reasons for the Node file-system error codes a user can act on. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a parent of the path is not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/**
 * A file-system error as `<reason>: <path>` (e.g. "no such file or directory: /data/ct"), instead
 * of Node's "ENOENT: no such file or directory, stat '/data/ct'". Unknown codes keep Node's message.
 */
export function describeFsError(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? REASONS[code] : undefined;
  if (reason) return `${reason}: ${path}`;
  return `cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`;
}
