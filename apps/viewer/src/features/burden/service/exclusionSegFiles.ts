import { transcodeToNative } from '@caliper/dicom';
import { exportSeg } from '@caliper/report';
import { appStore } from '../../../app/store';
import { engineVolumeInfo } from '../../measure/service/engineVolumes';
import { exportContextOf } from '../../persistence/service/exportContextOf';
import { seriesInfoOf } from '../../persistence/service/seriesLookup';
import { saveExport, studyExportName } from '../../persistence/ui/saveExport';
import { useBurden } from '../model/burdenState';
import { exclusionSegmentation } from '../model/exclusionSegmentation';
import { maskVoxelCount } from '../model/editResult';
import { readExclusionSeg } from '../model/readExclusionSeg';
import { finishExclusionStroke, replaceExclusion } from './editExclusion';

/**
 * Imports a DICOM SEG as the burden's exclusion (the union of its segments on the PET grid,
 * replacing the current exclusion), then segments again. Throws "<file>: <reason>" when the file
 * cannot be used.
 */
export async function importExclusionSeg(input: File | Blob | ArrayBuffer | Uint8Array, name = input instanceof File ? input.name : 'SEG'): Promise<{ voxelCount: number; organs: readonly string[] }> {
  const st = useBurden.getState();
  const ev = st.seriesUID ? engineVolumeInfo(st.seriesUID) : undefined;
  if (!st.result || !ev) throw new Error(`${name}: run the whole-body segmentation first`);
  const stored = input instanceof Uint8Array ? input : new Uint8Array(input instanceof ArrayBuffer ? input : await input.arrayBuffer());
  // A SEG with compressed pixel data (RLE, JPEG-LS, JPEG 2000) is decoded to native pixels first.
  const native = await transcodeToNative(stored, name);
  if (!native.ok) throw new Error(`${name}: ${native.error.reason}`);
  const bytes = native.value;
  const frameOfReferenceUID = appStore.getState().series[st.seriesUID!]?.frameOfReferenceUID;
  const r = readExclusionSeg(bytes, ev.geometry, frameOfReferenceUID ? { frameOfReferenceUID } : {});
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  replaceExclusion(r.value.mask, r.value.organs);
  const done = await finishExclusionStroke('import-seg', `import exclusion ${name}`);
  if (!done && useBurden.getState().error) throw new Error(`${name}: ${useBurden.getState().error}`);
  return { voxelCount: maskVoxelCount(r.value.mask), organs: r.value.organs };
}

/** The burden's exclusion as a DICOM SEG on the PET grid (report's SEG writer), offered as a download named after the study. */
export function exportExclusionSeg(): { fileName: string; bytes: Uint8Array; voxelCount: number } {
  const st = useBurden.getState();
  const r = st.result, uid = st.seriesUID;
  if (!r || !uid) throw new Error('no whole-body result: run the segmentation first');
  const info = seriesInfoOf(uid);
  if (!info) throw new Error('the PET series\' DICOM identity is not loaded');
  const study = appStore.getState().series[uid]?.studyInstanceUID ?? info.studyInstanceUID;
  const seg = exclusionSegmentation(r.exclusionMask, info, r.exclusion.organs, `Burden exclusion (${r.exclusion.source})`);
  const out = exportSeg(seg, exportContextOf(study));
  const fileName = studyExportName('burden-exclusion-seg', 'dcm', study);
  saveExport(fileName, 'application/dicom', out.bytes);
  return { fileName, bytes: out.bytes, voxelCount: maskVoxelCount(r.exclusionMask) };
}
