/** Where the reader's "remember for this kind of study" choices live (localStorage). */
export const REMEMBER_KEY = 'caliper.hanging.remembered.v1';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Kind of study → protocol id, as stored (a corrupt entry reads as nothing remembered). */
export function readRemembered(storage: Store | undefined): Record<string, string> {
  try {
    const v = JSON.parse(storage?.getItem(REMEMBER_KEY) ?? '{}') as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** Remembers a protocol for a kind of study (undefined: forgets it). Returns the new map. */
export function writeRemembered(storage: Store | undefined, kind: string, protocolId: string | undefined): Record<string, string> {
  const { [kind]: _old, ...rest } = readRemembered(storage);
  const next = protocolId ? { ...rest, [kind]: protocolId } : rest;
  try {
    storage?.setItem(REMEMBER_KEY, JSON.stringify(next));
  } catch {
    /* storage full or denied: the choice holds for this session only */
  }
  return next;
}
