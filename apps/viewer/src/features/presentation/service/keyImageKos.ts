import { exportKos } from '@caliper/report';
import { appStore } from '../../../app/store';
import { exportContextOf } from '../../persistence/service/exportContextOf';
import type { KeyImage } from '../model/keyImage';

export interface KosFile {
  readonly studyInstanceUID: string;
  readonly sopInstanceUID: string;
  readonly bytes: Uint8Array;
  readonly images: number;
}

/**
 * The key images as DICOM Key Object Selection documents ("For Conference"), one per study they
 * show — so each study on the PACS lists its own key images. The description lists the captions
 * (lesion, role, date, values; no identifier). Images with no known DICOM reference are left out.
 */
export function keyImageKos(images: readonly KeyImage[] = appStore.getState().keyImages): KosFile[] {
  const byStudy = new Map<string, KeyImage[]>();
  for (const k of images) {
    if (!k.ref) continue;
    const list = byStudy.get(k.ref.studyInstanceUID) ?? [];
    // One reference per image instance, even if two snapshots show the same slice.
    if (!list.some((x) => x.ref!.sopInstanceUID === k.ref!.sopInstanceUID)) list.push(k);
    byStudy.set(k.ref.studyInstanceUID, list);
  }
  return [...byStudy].map(([study, list]) => {
    const kos = exportKos(list.map((k) => k.ref!), exportContextOf(study), {
      description: `Tumour board key images: ${list.map((k) => k.caption).join('; ')}`.slice(0, 1024),
    });
    return { studyInstanceUID: study, sopInstanceUID: kos.sopInstanceUID, bytes: kos.bytes, images: list.length };
  });
}
