import { memberFromJsonBytes } from './memberFromJson';
import { memberFromSrs } from './memberFromSrs';
import type { MemberDraft } from './types';

export interface PickedFile {
  readonly name: string;
  /** Path relative to what was picked or dropped (folder/…/name); absent for loose files. */
  readonly path?: string;
  readonly bytes: Uint8Array;
}

const isJson = (f: PickedFile): boolean => /\.json$/i.test(f.name) || f.bytes[0] === 0x7b || f.bytes[0] === 0x5b;
const folderOf = (f: PickedFile): string => {
  const parts = (f.path ?? f.name).split('/').filter(Boolean);
  return parts.length > 1 ? parts.slice(0, -1).join('/') : '';
};

/**
 * Patients from what was picked or dropped together: every JSON file is one patient (a timeline
 * or a `caliper response --json` result); SR files are one patient per folder, loose SR files of
 * one pick one patient. The order is the files' (JSON) and the folders' first appearance (SRs);
 * within a folder, SRs are in name order.
 */
export function membersFromFiles(files: readonly PickedFile[]): MemberDraft[] {
  const out: MemberDraft[] = [];
  const folders = new Map<string, PickedFile[]>();
  const slots: (MemberDraft | string)[] = [];
  for (const f of files) {
    if (isJson(f)) {
      slots.push(memberFromJsonBytes(f.bytes, f.name));
      continue;
    }
    const key = folderOf(f);
    if (!folders.has(key)) {
      folders.set(key, []);
      slots.push(key);
    }
    folders.get(key)!.push(f);
  }
  // A folder's files in name order: what the errors list does not depend on how the browser walked it.
  const named = (fs: PickedFile[]) => fs.map((f) => ({ name: f.path ?? f.name, bytes: f.bytes })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const s of slots) out.push(typeof s === 'string' ? memberFromSrs(named(folders.get(s)!)) : s);
  return out;
}
