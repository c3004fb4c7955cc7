import dicomParser from 'dicom-parser';
import { appStore } from '../../../app/store';
import { importDicomReading } from './importDicomReading';
import { useReading } from './restoreStudy';

const SR_CLASSES = new Set(['1.2.840.10008.5.1.4.1.1.88.11', '1.2.840.10008.5.1.4.1.1.88.22', '1.2.840.10008.5.1.4.1.1.88.33', '1.2.840.10008.5.1.4.1.1.88.34']);
/** Segmentation Storage and Label Map Segmentation Storage (2024): importSeg reads both. */
const SEG_CLASSES = new Set(['1.2.840.10008.5.1.4.1.1.66.4', '1.2.840.10008.5.1.4.1.1.66.7']);

function sopClassOf(bytes: Uint8Array): string | undefined {
  try {
    return dicomParser.parseDicom(bytes, { untilTag: 'x00080017' }).string('x00080016');
  } catch {
    return undefined;
  }
}

/** Import SR + SEG objects (bytes): the reading of their study replaces the current one for that study. */
export async function importDicomObjects(objects: readonly Uint8Array[], source = 'imported SR/SEG'): Promise<{ lesions: number; skipped: number }> {
  const sr = objects.find((b) => SR_CLASSES.has(sopClassOf(b) ?? ''));
  const segs = objects.filter((b) => SEG_CLASSES.has(sopClassOf(b) ?? ''));
  const r = await importDicomReading({ ...(sr ? { sr } : {}), segs });
  if (!r.ok) throw new Error(r.error);
  await useReading(r.value.reading, source);
  appStore.getState().addErrors(r.value.skipped.map((s) => ({ source: `${source}: ${s.path}`, reason: `skipped: ${s.reason}` })));
  return { lesions: r.value.reading.lesions.length, skipped: r.value.skipped.length };
}

/** "Import SR/SEG" button: local .dcm files. */
export async function importDicomFiles(files: readonly File[]): Promise<void> {
  try {
    const bytes = await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
    await importDicomObjects(bytes, `import of ${files.map((f) => f.name).join(', ')}`);
  } catch (e) {
    appStore.getState().addErrors([{ source: 'Import SR/SEG', reason: e instanceof Error ? e.message : String(e) }]);
  }
}
