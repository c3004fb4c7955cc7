import type { LoadError } from '../../app/types';
import type { Toast } from './toastsSlice';
import { readerMessage, type UidLookup } from '../errors/readerMessage';

/**
 * One toast for a batch of new errors: the first one in the reader's words, with where it happened
 * and its technical reason under "Details"; more errors are counted ("+ 2 more in Problems").
 */
export function errorToast(errors: readonly LoadError[], series: UidLookup): Omit<Toast, 'id'> | undefined {
  if (!errors.length) return undefined;
  const m = readerMessage(errors[0], series);
  const more = errors.length - 1;
  return { kind: 'error', title: m.title, text: `${m.where}${more > 0 ? ` — and ${more} more in Problems` : ''}`, details: m.details };
}
