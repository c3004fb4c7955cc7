import type { SuvOverrides } from '@caliper/dicom';
import type { Lesion as ReportLesion, Reading, Segment, Segmentation, StoredMeasurement } from '@caliper/report';
import { CURRENT_SCHEMA_VERSION, SEGMENT_CATEGORY, SEGMENT_TYPE, encodeLabelmap, uuidToUid } from '@caliper/report';
import type { Lesion as MeasureLesion } from '../../measure/model/lesion';
import type { MeasureSlice } from '../../measure/model/measureSlice';
import { dicomIdentity, withDerivation } from './derivedReference';
import { resultToMeasurements } from './resultToMeasurements';
import type { SeriesInfo, SeriesLookup } from './seriesInfo';
import { sliceIndexOf } from './seriesInfo';
import { shapeGeometry, toolString } from './shapeGeometry';
import { stableUuid } from './stableUuid';
import { suvCorrectionsOf } from './suvCorrections';
import { trackingToReading, viableMeasurement } from './trackingFields';
import { radiomicsToReading } from './radiomicsMapping';
import type { LesionRadiomicsState } from '../../radiomics/model/radiomicsTypes';

export interface ToReadingInput {
  readonly studyInstanceUID: string;
  /** The measure feature's lesions of this study, in list order. */
  readonly lesions: readonly MeasureLesion[];
  readonly results: MeasureSlice['results'];
  /** SUV inputs entered for this study's PET series (seriesUID → overrides). */
  readonly suvOverrides?: Readonly<Record<string, SuvOverrides>>;
  /** The radiomics panel's features per lesion (saved for lesions whose shape they were computed for). */
  readonly radiomics?: Readonly<Record<string, LesionRadiomicsState>>;
  readonly series: SeriesLookup;
  readonly createdAt: string;
  readonly now: string;
}

export interface MappingSkip {
  readonly lesion: string;
  readonly reason: string;
}

const PALETTE: readonly [number, number, number][] = [[230, 80, 60], [60, 180, 75], [0, 130, 200], [245, 130, 48], [145, 30, 180], [70, 240, 240], [240, 50, 230], [210, 245, 60]];

/**
 * Values of a lesion over its series (current shape version only), first series first; duplicates
 * dropped. Values measured on a derived series (ADC map) carry its derivation as their method.
 */
function measurementsOf(l: MeasureLesion, results: MeasureSlice['results'], series: SeriesLookup): StoredMeasurement[] {
  const out: StoredMeasurement[] = [];
  for (const uid of l.seriesUIDs) {
    const r = results[l.id]?.[uid];
    if (!r?.measurement || r.version !== l.version) continue;
    for (const m of withDerivation(resultToMeasurements(r.measurement), series(uid))) if (!out.some((x) => x.name === m.name && x.unit === m.unit)) out.push(m);
  }
  return out;
}

/**
 * The measure feature's lesions and results → @caliper/report Reading: planar ROIs as SCOORD-able
 * geometry, 3D masks as segments of one labelmap segmentation per series (segment n = the n-th
 * mask lesion of that series; where masks overlap, the later lesion's label wins). Series Caliper
 * derived (ADC maps) are referenced as the DICOM series they were computed from (`dicomIdentity`):
 * an SR/SEG never points to an object that is in no PACS.
 */
export function toReading(input: ToReadingInput): { reading: Reading; skipped: MappingSkip[] } {
  const skipped: MappingSkip[] = [];
  const lesions: ReportLesion[] = [];
  const segs = new Map<string, { labels: Uint8Array; segments: Segment[]; info: SeriesInfo }>();
  for (const l of input.lesions) {
    const id = stableUuid(l.id);
    const infos = l.seriesUIDs.map((u) => input.series(u)).filter((x) => x !== undefined).map(dicomIdentity);
    let geometry = shapeGeometry(l.shape, infos[0]);
    const planar = geometry.kind !== 'none';
    if (l.shape.kind === 'mask') {
      const measured = input.series(l.shape.volumeId);
      const info = measured && dicomIdentity(measured);
      const mask = l.shape.mask;
      const [ni, nj, nk] = info?.grid.dimensions ?? [0, 0, 0];
      if (!info || mask.dimensions[0] !== ni || mask.dimensions[1] !== nj || mask.dimensions[2] !== nk) {
        skipped.push({ lesion: l.name, reason: `segmentation not saved: series ${l.shape.volumeId} is not loaded or its grid differs` });
      } else {
        let s = segs.get(info.seriesInstanceUID);
        if (!s) segs.set(info.seriesInstanceUID, (s = { labels: new Uint8Array(ni * nj * nk), segments: [], info }));
        const number = s.segments.length + 1;
        if (number > 255) skipped.push({ lesion: l.name, reason: 'segmentation not saved: more than 255 segments on one series' });
        else {
          paintMask(s.labels, mask, number);
          s.segments.push({
            number, label: (l.name || `Lesion ${number}`).slice(0, 64), lesionId: id, category: SEGMENT_CATEGORY, type: SEGMENT_TYPE,
            algorithmType: l.tool === 'grow' ? 'SEMIAUTOMATIC' : 'MANUAL', ...(l.tool === 'grow' ? { algorithmName: 'Caliper grow' } : {}),
            color: PALETTE[(number - 1) % PALETTE.length],
          });
          geometry = { kind: 'segment', segmentationId: segmentationIdOf(info.seriesInstanceUID), segmentNumber: number };
        }
      }
    } else if (!planar) skipped.push({ lesion: l.name, reason: `a ${l.shape.kind} ROI has no DICOM geometry: saved with its values only` });
    lesions.push({
      id, name: l.name, ...(l.location ? { locationLabel: l.location } : {}), ...trackingToReading(l, uuidToUid(id)),
      tool: toolString(l),
      references: infos.map((info) => ({
        seriesInstanceUID: info.seriesInstanceUID, sopClassUID: info.sopClassUID, frameOfReferenceUID: info.frameOfReferenceUID,
        sopInstanceUIDs: planar && l.shape.kind !== 'sphere' && l.shape.kind !== 'petThreshold' ? [info.sopInstanceUIDs[sliceIndexOf(info.grid, l.focusMm)]] : [...info.sopInstanceUIDs],
      })),
      geometry,
      measurements: [...measurementsOf(l, input.results, input.series), ...viableMeasurement(l)],
      ...radiomicsToReading(l, input.radiomics),
      ...(l.locked ? { locked: true } : {}),
      ...(l.history?.length ? { history: l.history.map((e) => ({ ...e, fields: [...e.fields] })) } : {}),
    });
  }
  const segmentations: Segmentation[] = [];
  for (const [uid, s] of segs) {
    const { info } = s;
    segmentations.push({
      id: segmentationIdOf(uid), label: 'Lesions',
      reference: { seriesInstanceUID: uid, sopClassUID: info.sopClassUID, sopInstanceUIDs: [...info.sopInstanceUIDs], frameOfReferenceUID: info.frameOfReferenceUID },
      frameOfReferenceUID: info.frameOfReferenceUID, grid: info.grid, sliceSopInstanceUIDs: [...info.sopInstanceUIDs],
      segments: s.segments, labelmap: encodeLabelmap(s.labels),
    });
  }
  const suv = suvCorrectionsOf(input.suvOverrides ?? {});
  skipped.push(...suv.skipped);
  const reading: Reading = {
    schemaVersion: CURRENT_SCHEMA_VERSION, studyInstanceUID: input.studyInstanceUID, lesions, segmentations, suvCorrections: suv.corrections,
    createdAt: input.createdAt, updatedAt: input.now,
  };
  return { reading, skipped };
}

export const segmentationIdOf = (seriesUID: string): string => `labelmap-${seriesUID}`;

/** Write segment `n` into a full-grid labelmap where a cropped mask is set. */
function paintMask(labels: Uint8Array, m: Extract<MeasureLesion['shape'], { kind: 'mask' }>['mask'], n: number): void {
  const b = m.bbox;
  if (!b) return;
  const [ni, nj] = m.dimensions;
  const li = b[1][0] - b[0][0] + 1, lj = b[1][1] - b[0][1] + 1, lk = b[1][2] - b[0][2] + 1;
  for (let k = 0; k < lk; k++)
    for (let j = 0; j < lj; j++) {
      const dst = ((k + b[0][2]) * nj + j + b[0][1]) * ni + b[0][0];
      const src = (k * lj + j) * li;
      for (let i = 0; i < li; i++) if (m.data[src + i]) labels[dst + i] = n;
    }
}
