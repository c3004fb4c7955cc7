import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ItemDicomRecord } from '@caliper/batch';
import type { MeasuredRoi } from '../command';
import { storeInstances } from './dicomweb';
import { itemDicom } from './itemDicom';
import { itemReading } from './itemReading';
import type { itemPaths } from './itemPaths';
import { writeAtomic } from './writeAtomic';

export interface WriteItemDicomInput {
  readonly key: string;
  readonly roi: string;
  readonly configHash: string;
  readonly inputHash: string;
  readonly caliperVersion: string;
  readonly paths: ReturnType<typeof itemPaths>;
  readonly stow: string | null;
  readonly retries: number;
}

/**
 * Writes the item's ROI as `<name>.seg.dcm` and its values as `<name>.sr.dcm` (TID 1500) next to
 * the document, then stores both over STOW-RS when asked. The objects' UIDs depend only on the
 * item, its input and the config, so a re-run overwrites the same instances on the server instead
 * of adding duplicates. On a STOW failure the written files are kept (`partial`).
 */
export async function writeItemDicom(measured: MeasuredRoi, input: WriteItemDicomInput): Promise<{ ok: true; value: ItemDicomRecord } | { ok: false; error: string; partial?: ItemDicomRecord }> {
  const built = itemReading({ measured, key: input.key, roi: input.roi, configHash: input.configHash, inputHash: input.inputHash, caliperVersion: input.caliperVersion, now: new Date() });
  if (!built.ok) return { ok: false, error: built.error };
  let objects;
  try {
    objects = itemDicom(built.value);
  } catch (e) {
    return { ok: false, error: `DICOM SR/SEG not written: ${e instanceof Error ? e.message : String(e)}` };
  }
  writeAtomic(input.paths.seg, objects.seg);
  writeAtomic(input.paths.sr, objects.sr);
  const record: ItemDicomRecord = {
    sr: path.basename(input.paths.sr), seg: path.basename(input.paths.seg),
    srSopInstanceUID: built.value.uids.sr, segSopInstanceUID: built.value.uids.seg, storedTo: null,
  };
  if (!input.stow) return { ok: true, value: record };
  try {
    await storeInstances(input.stow, [objects.seg, objects.sr], input.retries);
  } catch (e) {
    return { ok: false, error: `STOW-RS: ${e instanceof Error ? e.message : String(e)}`, partial: record };
  }
  return { ok: true, value: { ...record, storedTo: input.stow } };
}

/** Whether a previous success also has the DICOM output this run asks for (files present; stored to the same server). */
export function dicomDone(prev: ItemDicomRecord | undefined, job: { readonly sr?: boolean; readonly stow?: string | null }, p: ReturnType<typeof itemPaths>): boolean {
  if (!job.sr) return true;
  if (!prev || !existsSync(p.sr) || !existsSync(p.seg)) return false;
  return !job.stow || prev.storedTo === job.stow;
}
