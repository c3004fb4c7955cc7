import type { Result } from '@caliper/core';
import type { ImagePlane, ImportedReading, ImportReadingInput, ImportReadingOptions } from '@caliper/report';
import { importReading } from '@caliper/report';
import { transcodeToNative } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { ensureEngineVolume } from '../../measure/service/engineVolumes';
import type { SeriesInfo } from '../mapping/seriesInfo';
import { seriesInfoOf } from './seriesLookup';

const latin1 = new TextDecoder('latin1');
/** Non-image objects a study may hold next to its images (never loaded as volumes). */
const NON_IMAGE = new Set(['SEG', 'SR', 'RTSTRUCT', 'RTPLAN', 'PR', 'KO', 'DOC', 'REG']);
export const isImageSeries = (s: { modality: string; notVolumeReason?: string }): boolean => !s.notVolumeReason && !NON_IMAGE.has(s.modality);

/** Load (into the engine) every series of the open studies whose UID appears in the DICOM objects. */
export async function ensureReferencedSeries(objects: readonly Uint8Array[]): Promise<void> {
  const text = objects.map((o) => latin1.decode(o)).join('\n');
  const series = Object.values(appStore.getState().series).filter((s) => isImageSeries(s) && text.includes(s.seriesInstanceUID));
  await Promise.allSettled(series.map((s) => ensureEngineVolume(s.seriesInstanceUID)));
}

function loadedInfos(): SeriesInfo[] {
  return Object.keys(appStore.getState().series).map(seriesInfoOf).filter((x) => x !== undefined);
}

/** Plane of an image of a loaded series, for other tools' 2D SCOORDs. */
function imagePlaneOf(sop: string): ImagePlane | undefined {
  for (const info of loadedInfos()) {
    const k = info.sopInstanceUIDs.indexOf(sop);
    if (k < 0) continue;
    const g = info.grid;
    const o = [0, 1, 2].map((d) => g.origin[d] + k * g.spacing[2] * g.sliceDirection[d]);
    return { origin: o as unknown as ImagePlane['origin'], rowDirection: g.rowDirection, columnDirection: g.columnDirection, spacing: [g.spacing[0], g.spacing[1]] };
  }
  return undefined;
}

/**
 * SEGs with compressed pixel data (RLE, JPEG-LS, JPEG 2000 lossless: highdicom can write them)
 * decoded to native pixels, which the SEG reader takes; one that cannot be decoded is named in the
 * errors panel and left out, the others load.
 */
async function nativeSegs(segs: readonly Uint8Array[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const [i, bytes] of segs.entries()) {
    const name = `SEG ${segs.length > 1 ? `${i + 1} of ${segs.length}` : ''}`.trim();
    const r = await transcodeToNative(bytes, name);
    if (r.ok) out.push(r.value);
    else appStore.getState().addErrors([{ source: r.error.file, reason: `could not be read: ${r.error.reason}` }]);
  }
  return out;
}

/** SR (+ SEGs) bytes → a Reading on the loaded series' grids; what could not be imported is listed. */
export async function importDicomReading(raw: ImportReadingInput, studyInstanceUID?: string): Promise<Result<ImportedReading>> {
  const input = { ...raw, segs: await nativeSegs(raw.segs ?? []) };
  await ensureReferencedSeries([...(input.sr ? [input.sr] : []), ...(input.segs ?? [])]);
  const options: ImportReadingOptions = {
    target: (uid: string) => {
      const i = seriesInfoOf(uid);
      return i ? { grid: i.grid, sliceSopInstanceUIDs: i.sopInstanceUIDs } : undefined;
    },
    imagePlane: imagePlaneOf,
    ...(studyInstanceUID ? { studyInstanceUID } : {}),
  };
  // Other tools' tracking UIDs (not UUID-derived) get stable name-based lesion ids in @caliper/report.
  return importReading(input, options);
}

