import { patientPoint } from '@caliper/core';
import type { Geometry } from '@caliper/core';
import { CURRENT_SCHEMA_VERSION, encodeLabelmap, exportReading } from '@caliper/report';
import type { Reading } from '@caliper/report';
import { commonModules, imagePlaneModules } from '../dicom/commonModules';
import type { PatientInfo, SeriesInfo, StudyInfo } from '../dicom/commonModules';
import { CT_BITS_STORED, CT_SOP_CLASS, ctImageModule } from '../dicom/ctModules';
import { el, pn } from '../dicom/elements';
import { writePart10 } from '../dicom/writePart10';
import { HOSTILE } from './hostileStrings';

const ROOT = '2.25.16016016016016016016';
export const HOSTILE_UIDS = {
  study: `${ROOT}.1`,
  series: `${ROOT}.2`,
  frameOfReference: `${ROOT}.3`,
  sop: (k: number): string => `${ROOT}.2.${k + 1}`,
} as const;

/** 32 × 32 × 6 axial CT, 2 mm pixels, 3 mm slices, centred on the z axis. */
export const HOSTILE_GRID: Geometry = {
  dimensions: [32, 32, 6],
  origin: patientPoint(-31, -31, 0),
  rowDirection: [1, 0, 0],
  columnDirection: [0, 1, 0],
  sliceDirection: [0, 0, 1],
  spacing: [2, 2, 3],
};

/** HU of voxel (i, j, k): a 20 HU disc of radius 14 voxels, a 100 HU 5 × 5 square lesion at i, j 18–22 on slices 2–3, air outside. */
export function hostileHu(i: number, j: number, k: number): number {
  if (i >= 18 && i <= 22 && j >= 18 && j <= 22 && (k === 2 || k === 3)) return 100;
  return (i - 15.5) ** 2 + (j - 15.5) ** 2 <= 14 * 14 ? 20 : -1000;
}

export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const patient: PatientInfo = { name: HOSTILE.patientName, id: HOSTILE.patientId, birthDate: '19700101', sex: 'O', age: '056Y', weightKg: 70, sizeM: 1.7 };
const study: StudyInfo = { studyInstanceUID: HOSTILE_UIDS.study, date: '20260301', time: '090000', description: HOSTILE.studyDescription, id: '1', accessionNumber: 'HOSTILE1' };
const series: SeriesInfo = {
  seriesInstanceUID: HOSTILE_UIDS.series, modality: 'CT', number: 2, description: HOSTILE.seriesDescription, frameOfReferenceUID: HOSTILE_UIDS.frameOfReference,
  date: '20260301', time: '090500', manufacturer: 'Caliper Phantoms', modelName: 'Hostile strings',
};

/** The CT slices: hostile Patient/Study/Series/Institution strings, UTF-8 (ISO_IR 192), over-long values kept (VR lengths deliberately broken). */
function ctFiles(): HostileFile[] {
  const g = HOSTILE_GRID;
  const [ni, nj, nk] = g.dimensions;
  const out: HostileFile[] = [];
  for (let k = 0; k < nk; k++) {
    const pixels = new Uint16Array(ni * nj);
    for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) pixels[i + j * ni] = hostileHu(i, j, k) + 1024;
    const ds = {
      ...commonModules(patient, study, series, CT_SOP_CLASS, HOSTILE_UIDS.sop(k)),
      ...imagePlaneModules(g, k, k + 1, { bitsStored: CT_BITS_STORED, pixelRepresentation: 0 }),
      ...ctImageModule(1),
      '00080005': el('CS', 'ISO_IR 192'),
      '00080080': el('LO', HOSTILE.institutionName),
      '00080090': pn(`Dr${HOSTILE.patientName}`),
    };
    // A hostile file name too: what a zip or a folder may hold (the viewer shows it in messages).
    out.push({ name: `ct-${k + 1}-\u202Egpj.dcm`, bytes: writePart10(ds, { pixels, columns: ni, rows: nj, bitsStored: CT_BITS_STORED }, 'explicit', undefined, { allowInvalidVRLength: true }) });
  }
  return out;
}

/** A reading on the CT: one RECIST lesion and one segmented lesion, names, location text and segment label all hostile. */
function hostileReading(): Reading {
  const g = HOSTILE_GRID;
  const [ni, nj, nk] = g.dimensions;
  const labels = new Uint8Array(ni * nj * nk);
  for (let k = 2; k <= 3; k++) for (let j = 18; j <= 22; j++) for (let i = 18; i <= 22; i++) labels[i + j * ni + k * ni * nj] = 1;
  const sops = Array.from({ length: nk }, (_, k) => HOSTILE_UIDS.sop(k));
  const reference = { seriesInstanceUID: HOSTILE_UIDS.series, sopClassUID: CT_SOP_CLASS, sopInstanceUIDs: sops, frameOfReferenceUID: HOSTILE_UIDS.frameOfReference };
  const segId = 'seg-hostile';
  // Lesion voxels: i, j 18–22 → x, y = −31 + 2·i = 5 … 13 mm; slices 2–3 → z 6, 9 mm.
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    studyInstanceUID: HOSTILE_UIDS.study,
    lesions: [
      {
        id: '00000000-0000-4000-8000-000000000161', trackingUid: `${ROOT}.9.1`, name: HOSTILE.lesionName, locationLabel: HOSTILE.srText, role: 'target', isLymphNode: false, tool: 'RECIST',
        references: [{ ...reference, sopInstanceUIDs: [HOSTILE_UIDS.sop(2)] }],
        geometry: { kind: 'recist', longAxis: [[5, 5, 6], [13, 13, 6]], shortAxis: [[5, 13, 6], [13, 5, 6]], sopInstanceUID: HOSTILE_UIDS.sop(2) },
        measurements: [{ name: 'Long axis', value: Math.hypot(8, 8), unit: 'mm', method: 'RECIST 1.1' }, { name: 'Short axis', value: Math.hypot(8, 8), unit: 'mm', method: 'RECIST 1.1' }],
      },
      {
        id: '00000000-0000-4000-8000-000000000162', trackingUid: `${ROOT}.9.2`, name: HOSTILE.longLesionName, role: 'target', isLymphNode: false, tool: 'Grow', references: [reference],
        geometry: { kind: 'segment', segmentationId: segId, segmentNumber: 1 },
        // 5 × 5 × 2 voxels of 2 × 2 × 3 mm = 600 mm³.
        measurements: [{ name: 'Volume', value: 0.6, unit: 'mL', method: 'sum of voxels' }],
      },
    ],
    segmentations: [{
      id: segId, label: HOSTILE.segmentLabel, reference, frameOfReferenceUID: HOSTILE_UIDS.frameOfReference,
      grid: { dimensions: [ni, nj, nk], origin: [g.origin[0], g.origin[1], g.origin[2]], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [2, 2, 3] },
      sliceSopInstanceUIDs: sops,
      segments: [{
        number: 1, label: HOSTILE.segmentLabel, lesionId: '00000000-0000-4000-8000-000000000162',
        category: { value: '49755003', scheme: 'SCT', meaning: 'Morphologically abnormal structure' },
        type: { value: '108369006', scheme: 'SCT', meaning: 'Neoplasm' },
        algorithmType: 'MANUAL', color: [255, 0, 0],
      }],
      labelmap: encodeLabelmap(labels),
    }],
    suvCorrections: [],
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
  };
}

export interface HostileStudy {
  /** CT slices (Part 10), file names included. */
  readonly ct: readonly HostileFile[];
  /** Caliper SR (TID 1500) and SEG of the hostile reading. */
  readonly sr: HostileFile;
  readonly seg: HostileFile;
  readonly warnings: readonly string[];
}

/**
 * A CT study whose every displayed string is hostile (see hostileStrings.ts), with an SR and a SEG
 * carrying hostile lesion names, location text and segment labels. For the e2e test that these
 * render inert and truncated everywhere.
 */
export function writeHostileStudy(): HostileStudy {
  const ex = exportReading(hostileReading(), {
    patient: { name: HOSTILE.patientName, id: HOSTILE.patientId, birthDate: '19700101', sex: 'O' },
    study: { studyInstanceUID: HOSTILE_UIDS.study, studyDate: '20260301', studyTime: '090000', studyId: '1', accessionNumber: 'HOSTILE1' },
    observerName: `Reader${HOSTILE.patientName}`,
    now: new Date(Date.UTC(2026, 2, 1, 10, 0, 0)),
  });
  if (!ex.seg) throw new Error('hostile reading exported no SEG');
  return { ct: ctFiles(), sr: { name: 'hostile-sr.dcm', bytes: ex.sr }, seg: { name: 'hostile-seg.dcm', bytes: ex.seg }, warnings: ex.warnings };
}
