import { createHash } from 'node:crypto';
import type { Instance } from '@caliper/dicom';
import type { ExportContext, Lesion, Reading } from '@caliper/report';
import { CURRENT_SCHEMA_VERSION, SEGMENT_CATEGORY, SEGMENT_TYPE, encodeLabelmap, radiomicsRecord, roiMeasurements, uuidToUid } from '@caliper/report';
import type { MeasuredRoi } from '../command';

/** A UUID (version 4 layout) that depends only on `parts`. */
function stableUuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A UID that depends only on `parts`: re-running an item writes (and stores) the same objects, never a duplicate. */
export function stableUid(...parts: string[]): string {
  return uuidToUid(stableUuid(...parts));
}

export interface ItemReadingInput {
  readonly measured: MeasuredRoi;
  /** The item's key and ROI label (the lesion's and segment's name). */
  readonly key: string;
  readonly roi: string;
  readonly configHash: string;
  readonly inputHash: string;
  readonly caliperVersion: string;
  readonly now: Date;
}

export interface ItemReading {
  readonly reading: Reading;
  readonly context: ExportContext;
  /** UIDs of the SR and SEG to write, stable for this item, input and config. */
  readonly uids: { readonly srSeries: string; readonly sr: string; readonly segSeries: string; readonly seg: string };
}

const v3 = (a: ArrayLike<number>): [number, number, number] => [a[0], a[1], a[2]];
const sexOf = (s: string | undefined): 'M' | 'F' | 'O' | undefined => (s === 'M' || s === 'F' || s === 'O' ? s : undefined);

/**
 * One batch item's ROI as a reading of its study: one lesion (named after the item and ROI) whose
 * geometry is a SEG segment holding the ROI's voxels, with the measured values (`measure`) or the
 * IBSI features (`radiomics`), on the acquired series' instances. The patient and study come from
 * the series' first instance. Null with the reason when the volume is not an acquired series of
 * single-frame slices (a fitted ADC map, a multi-frame object) that a SEG could reference.
 */
export function itemReading(input: ItemReadingInput): { ok: true; value: ItemReading } | { ok: false; error: string } {
  const { measured, key, roi } = input;
  const inst: readonly Instance[] | null = measured.instances;
  const g = measured.volume.geometry;
  if (!inst || inst.length === 0) return { ok: false, error: 'no DICOM SR/SEG: the volume is derived (no acquired series to reference)' };
  if (inst.length !== g.dimensions[2] || inst.some((i) => i.numberOfFrames > 1)) return { ok: false, error: 'no DICOM SR/SEG: the series is not one single-frame instance per slice' };
  const first = inst[0];
  const forUid = first.frameOfReferenceUID;
  if (!forUid) return { ok: false, error: `no DICOM SR/SEG: series ${first.seriesInstanceUID} has no FrameOfReferenceUID` };
  const study = first.studyInstanceUID;
  const seed = [input.configHash, key, input.inputHash];
  const lesionId = stableUuid(...seed, 'lesion');
  const name = `${key} ${roi}`.slice(0, 64);
  const reference = { seriesInstanceUID: first.seriesInstanceUID, sopClassUID: first.sopClassUID, sopInstanceUIDs: inst.map((i) => i.sopInstanceUID), frameOfReferenceUID: forUid };
  const computedAt = input.now.toISOString();
  const r = measured.radiomics;
  const lesion: Lesion = {
    id: lesionId, trackingUid: stableUid(...seed, 'tracking'), name, role: 'target', isLymphNode: false, tool: 'batch',
    references: [reference],
    geometry: { kind: 'segment', segmentationId: 'roi', segmentNumber: 1 },
    measurements: measured.measure ? roiMeasurements(measured.measure) : [],
    ...(r
      ? { radiomics: radiomicsRecord(r.result, r.settings, { seriesInstanceUID: first.seriesInstanceUID, modality: measured.volume.modality ?? null, unit: measured.volume.unit, caliperVersion: input.caliperVersion, computedAt }) }
      : {}),
  };
  const reading: Reading = {
    schemaVersion: CURRENT_SCHEMA_VERSION, studyInstanceUID: study, lesions: [lesion],
    segmentations: [{
      id: 'roi', label: name, reference, frameOfReferenceUID: forUid,
      grid: { dimensions: v3(g.dimensions), origin: v3(g.origin), rowDirection: v3(g.rowDirection), columnDirection: v3(g.columnDirection), sliceDirection: v3(g.sliceDirection), spacing: v3(g.spacing) },
      sliceSopInstanceUIDs: inst.map((i) => i.sopInstanceUID),
      segments: [{ number: 1, label: name, lesionId, category: SEGMENT_CATEGORY, type: SEGMENT_TYPE, algorithmType: 'MANUAL', color: [230, 80, 60] }],
      labelmap: encodeLabelmap(measured.mask.data),
    }],
    suvCorrections: [], createdAt: computedAt, updatedAt: computedAt,
  };
  const context: ExportContext = {
    patient: { name: first.patientName ?? '', id: first.patientId ?? '', ...(first.patientBirthDate ? { birthDate: first.patientBirthDate } : {}), ...(sexOf(first.patientSex) ? { sex: sexOf(first.patientSex) } : {}) },
    study: { studyInstanceUID: study, ...(first.studyDate ? { studyDate: first.studyDate } : {}) },
    observerName: 'Caliper batch', softwareVersion: input.caliperVersion, seriesNumber: 990, now: input.now,
  };
  return {
    ok: true,
    value: {
      reading, context,
      uids: { srSeries: stableUid(input.configHash, study, 'sr-series'), sr: stableUid(...seed, 'sr'), segSeries: stableUid(input.configHash, study, 'seg-series'), seg: stableUid(...seed, 'seg') },
    },
  };
}
