import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writePart10 } from '@caliper/dicom/__fixtures__/writeDicom';
import type { El } from '@caliper/dicom/__fixtures__/writeDicom';
import { writeWithDcmjs } from '@caliper/report/fixtures/foreignSr';

export interface CohortOptions {
  /** Number of studies (one CT series each). */
  readonly studies: number;
  /** In-plane pixels (square) and slices; 1 mm pixels, 2 mm slices. */
  readonly size?: number;
  readonly slices?: number;
  /** Index of a study whose images are corrupt (half the pixel data), or none. */
  readonly corrupt?: number;
}

export interface CohortStudy {
  readonly key: string;
  readonly patient: string;
  readonly studyUid: string;
  readonly seriesUid: string;
  readonly dir: string;
  /** Analytic ground truth: lesion radius (mm) and HU inside it. */
  readonly radiusMm: number;
  readonly lesionHu: number;
}

/**
 * A synthetic CT cohort for `caliper batch`: study i is one axial series (size × size × slices,
 * 1 mm pixels, 2 mm slices, origin 0) of background −100 HU with deterministic ±20 HU noise and a
 * sphere of radius 4 + (i mod 5) mm and 40 + 10·i HU at the centre. Written as Part 10 files under
 * `root/<patient>/`, with unique Study/Series/SOP UIDs (so Orthanc can serve them). Also writes
 * roi.json (a 10 mm sphere at the centre) and manifest.csv (path,patient,timepoint).
 */
export function writeBatchCohort(root: string, o: CohortOptions): { studies: CohortStudy[]; roi: string; manifest: string; centerMm: [number, number, number] } {
  const size = o.size ?? 24;
  const slices = o.slices ?? 12;
  const c: [number, number, number] = [(size - 1) / 2, (size - 1) / 2, slices - 1];
  const studies: CohortStudy[] = [];
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < o.studies; i++) {
    const patient = `P${String(i + 1).padStart(3, '0')}`;
    const studyUid = `1.2.826.0.1.3680043.10.1137.${i + 1}`;
    const seriesUid = `${studyUid}.1`;
    const dir = path.join(root, patient);
    mkdirSync(dir, { recursive: true });
    const radiusMm = 4 + (i % 5);
    const lesionHu = 40 + 10 * i;
    for (let k = 0; k < slices; k++) {
      const px = new Int16Array(size * size);
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          const d = Math.hypot(x - c[0], y - c[1], 2 * k - c[2]);
          px[y * size + x] = (d <= radiusMm ? lesionHu : -100 + Math.round(40 * rand() - 20)) + 1024;
        }
      }
      const els: El[] = [
        { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
        { tag: 0x00080018, vr: 'UI', value: `${seriesUid}.${k + 1}` },
        { tag: 0x00080020, vr: 'DA', value: '20240115' },
        { tag: 0x00080060, vr: 'CS', value: 'CT' },
        { tag: 0x0008103e, vr: 'LO', value: 'synthetic cohort CT' },
        { tag: 0x00100010, vr: 'PN', value: `Cohort^${patient}` },
        { tag: 0x00100020, vr: 'LO', value: patient },
        { tag: 0x0020000d, vr: 'UI', value: studyUid },
        { tag: 0x0020000e, vr: 'UI', value: seriesUid },
        { tag: 0x00200013, vr: 'IS', value: String(k + 1) },
        { tag: 0x00200032, vr: 'DS', value: `0\\0\\${2 * k}` },
        { tag: 0x00200052, vr: 'UI', value: `${studyUid}.9` },
        { tag: 0x00200037, vr: 'DS', value: '1\\0\\0\\0\\1\\0' },
        { tag: 0x00280002, vr: 'US', value: [1] },
        { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
        { tag: 0x00280010, vr: 'US', value: [size] },
        { tag: 0x00280011, vr: 'US', value: [size] },
        { tag: 0x00280030, vr: 'DS', value: '1\\1' },
        { tag: 0x00280100, vr: 'US', value: [16] },
        { tag: 0x00280101, vr: 'US', value: [16] },
        { tag: 0x00280102, vr: 'US', value: [15] },
        { tag: 0x00280103, vr: 'US', value: [1] },
        { tag: 0x00281052, vr: 'DS', value: '-1024' },
        { tag: 0x00281053, vr: 'DS', value: '1' },
        // A corrupt study: Pixel Data holds half the pixels Rows × Columns promise (a well-formed
        // element, so a PACS stores it; Caliper must refuse it).
        { tag: 0x7fe00010, vr: 'OW', value: i === o.corrupt ? px.subarray(0, (size * size) >> 1) : px },
      ];
      writeFileSync(path.join(dir, `${k + 1}.dcm`), writePart10(els));
    }
    studies.push({ key: `${patient}/baseline`, patient, studyUid, seriesUid, dir, radiusMm, lesionHu });
  }
  const roi = path.join(root, 'roi.json');
  writeFileSync(roi, JSON.stringify({ type: 'sphere', centerMm: c, radiusMm: 10 }));
  const manifest = path.join(root, 'manifest.csv');
  writeFileSync(manifest, ['path,patient,timepoint', ...studies.map((s) => `${path.basename(s.dir)},${s.patient},baseline`)].join('\n') + '\n');
  return { studies, roi, manifest, centerMm: c };
}

/**
 * A two-segment DICOM SEG (BINARY, one frame per slice and segment) on the cohort's grid:
 * segment 1 "lesion" = the voxels within `radiusMm` of the centre, segment 2 "corner" = a 4×4
 * square at the first two slices' origin corner (16 voxels per slice). Written with dcmjs.
 */
export function writeCohortSeg(file: string, o: { size?: number; slices?: number; radiusMm: number }): void {
  const size = o.size ?? 24;
  const slices = o.slices ?? 12;
  const c = [(size - 1) / 2, (size - 1) / 2, slices - 1];
  const frames: { z: number; seg: number; bits: number[] }[] = [];
  for (let k = 0; k < slices; k++) {
    const lesion: number[] = [];
    const corner: number[] = [];
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
      lesion.push(Math.hypot(x - c[0], y - c[1], 2 * k - c[2]) <= o.radiusMm ? 1 : 0);
      corner.push(k < 2 && x < 4 && y < 4 ? 1 : 0);
    }
    frames.push({ z: 2 * k, seg: 1, bits: lesion }, { z: 2 * k, seg: 2, bits: corner });
  }
  const all = frames.flatMap((f) => f.bits);
  const packed = new Uint8Array(Math.ceil(all.length / 8));
  all.forEach((b, i) => (packed[i >> 3] |= b << (i & 7)));
  const ds = {
    SOPClassUID: '1.2.840.10008.5.1.4.1.1.66.4',
    SOPInstanceUID: '1.2.826.0.1.3680043.10.1137.999.1',
    Modality: 'SEG',
    SeriesInstanceUID: '1.2.826.0.1.3680043.10.1137.999',
    Rows: size,
    Columns: size,
    BitsAllocated: 1,
    BitsStored: 1,
    HighBit: 0,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    PixelRepresentation: 0,
    SegmentationType: 'BINARY',
    NumberOfFrames: frames.length,
    SegmentSequence: [{ SegmentNumber: 1, SegmentLabel: 'lesion' }, { SegmentNumber: 2, SegmentLabel: 'corner' }],
    SharedFunctionalGroupsSequence: [{ PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }], PixelMeasuresSequence: [{ PixelSpacing: [1, 1], SliceThickness: 2 }] }],
    PerFrameFunctionalGroupsSequence: frames.map((f) => ({ PlanePositionSequence: [{ ImagePositionPatient: [0, 0, f.z] }], SegmentIdentificationSequence: [{ ReferencedSegmentNumber: f.seg }] })),
    PixelData: packed.buffer,
  };
  writeFileSync(file, writeWithDcmjs(ds as never));
}
