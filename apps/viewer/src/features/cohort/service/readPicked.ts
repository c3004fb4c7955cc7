import type { PickedFile } from '../model/groupFiles';

/** Files from an `<input type=file multiple [webkitdirectory]>`, with their folder paths when picked as a folder. */
export async function readInputFiles(list: FileList | readonly File[]): Promise<PickedFile[]> {
  return Promise.all(Array.from(list).map(async (f) => ({
    name: f.name,
    ...(f.webkitRelativePath ? { path: f.webkitRelativePath } : {}),
    bytes: new Uint8Array(await f.arrayBuffer()),
  })));
}

const fileOf = (e: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => e.file(resolve, reject));
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns at most ~100 entries per call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

/** Files and folders dropped on the view (folders walked), each with its path from what was dropped. */
export async function readDropped(items: DataTransferItemList): Promise<PickedFile[]> {
  const roots = Array.from(items).map((i) => (i.kind === 'file' ? i.webkitGetAsEntry() : null)).filter((e): e is FileSystemEntry => e !== null);
  const out: PickedFile[] = [];
  const walk = async (e: FileSystemEntry, path: string): Promise<void> => {
    if (e.isFile) {
      const f = await fileOf(e as FileSystemFileEntry);
      out.push({ name: f.name, ...(path.includes('/') ? { path } : {}), bytes: new Uint8Array(await f.arrayBuffer()) });
    } else if (e.isDirectory) {
      for (const c of await entriesOf(e as FileSystemDirectoryEntry)) await walk(c, `${path}/${c.name}`);
    }
  };
  for (const r of roots) await walk(r, r.name);
  return out;
}
