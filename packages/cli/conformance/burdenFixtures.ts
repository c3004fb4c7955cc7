import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import dcmjs from 'dcmjs';
import { encodeElements, writePart10, writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import type { El } from '@caliper/dicom/__fixtures__/writeDicom';
import type { WholeBodyPetPhantom } from '@caliper/engine/testing/wholeBodyPetPhantom';

/** Radiopharmaceutical header values of a synthetic PET series. */
export interface TracerTags {
  readonly text?: string;
  readonly code?: readonly [value: string, scheme: string, meaning: string];
  readonly nuclide?: readonly [value: string, scheme: string, meaning: string];
  readonly halfLifeS: number;
}

export interface PetWriteOptions {
  readonly uid: string;
  readonly tracer: TracerTags;
  /** PatientWeight; null leaves it out (SUV then needs --weight-kg). */
  readonly weightKg?: number | null;
  readonly heightM?: number;
  readonly sex?: 'M' | 'F' | 'O';
  /** Seconds from injection to the series time (default 0); the stored values are decayed with
   *  the header half-life, so SUV is exact only when a reader decays with that same half-life. */
  readonly uptakeS?: number;
}

/** Injected dose: with 70 kg and no decay (injection at the series time) SUVbw = Bq/mL × 0.001. */
export const DOSE_BQ = 70e6;

const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
/** An explicit-length SQ value holding one item of explicit-VR LE elements. */
const sq = (elements: El[]): Uint8Array => {
  const body = encodeElements(elements);
  return Uint8Array.from([0xfe, 0xff, 0x00, 0xe0, ...u32(body.length), ...body]);
};
const code = ([value, scheme, meaning]: readonly [string, string, string]): Uint8Array =>
  sq([{ tag: 0x00080100, vr: 'SH', value }, { tag: 0x00080102, vr: 'SH', value: scheme }, { tag: 0x00080104, vr: 'LO', value: meaning }]);

/**
 * Writes a phantom as a BQML PET series (one Part 10 file per slice, stored = round(SUV × 1000 ×
 * decay), slope 1; by default injection at the series time, so SUVbw = stored × 70 000 g / 70 MBq
 * exactly).
 */
export function writePetPhantom(dir: string, ph: WholeBodyPetPhantom, o: PetWriteOptions): string {
  mkdirSync(dir, { recursive: true });
  const [ni, nj, nk] = ph.geometry.dimensions;
  const g = ph.geometry;
  const t = o.tracer;
  const uptake = o.uptakeS ?? 0;
  const decay = Math.pow(2, -uptake / t.halfLifeS);
  const hhmmss = (sec: number) => [Math.floor(sec / 3600), Math.floor(sec / 60) % 60, sec % 60].map((x) => String(x).padStart(2, '0')).join('');
  const seriesTime = hhmmss(10 * 3600 + uptake);
  const rp: El[] = [
    { tag: 0x00181072, vr: 'TM', value: '100000' },
    { tag: 0x00181074, vr: 'DS', value: String(DOSE_BQ) },
    { tag: 0x00181075, vr: 'DS', value: String(t.halfLifeS) },
    { tag: 0x00181078, vr: 'DT', value: '20250101100000' },
    ...(t.text ? [{ tag: 0x00180031, vr: 'LO', value: t.text }] : []),
    ...(t.nuclide ? [{ tag: 0x00540300, vr: 'SQ', value: code(t.nuclide) }] : []),
    ...(t.code ? [{ tag: 0x00540304, vr: 'SQ', value: code(t.code) }] : []),
  ];
  for (let k = 0; k < nk; k++) {
    const pixels = new Int16Array(ni * nj);
    for (let p = 0; p < ni * nj; p++) pixels[p] = Math.round(ph.data[k * ni * nj + p] * 1000 * decay);
    const els: El[] = [
      { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.128' },
      { tag: 0x00080018, vr: 'UI', value: `${o.uid}.${k + 1}` },
      { tag: 0x00080021, vr: 'DA', value: '20250101' },
      { tag: 0x00080022, vr: 'DA', value: '20250101' },
      { tag: 0x00080031, vr: 'TM', value: seriesTime },
      { tag: 0x00080032, vr: 'TM', value: seriesTime },
      { tag: 0x00080060, vr: 'CS', value: 'PT' },
      { tag: 0x0008103e, vr: 'LO', value: 'PET WB synthetic' },
      { tag: 0x00100040, vr: 'CS', value: o.sex ?? 'M' },
      ...(o.weightKg === null ? [] : [{ tag: 0x00101030, vr: 'DS', value: String(o.weightKg ?? 70) }]),
      { tag: 0x00101020, vr: 'DS', value: String(o.heightM ?? 1.75) },
      { tag: 0x0020000d, vr: 'UI', value: `${o.uid}.0` },
      { tag: 0x0020000e, vr: 'UI', value: o.uid },
      { tag: 0x00200011, vr: 'IS', value: '2' },
      { tag: 0x00200013, vr: 'IS', value: String(k + 1) },
      { tag: 0x00200032, vr: 'DS', value: [g.origin[0], g.origin[1], g.origin[2] + k * g.spacing[2]].join('\\') },
      { tag: 0x00200037, vr: 'DS', value: '1\\0\\0\\0\\1\\0' },
      { tag: 0x00280002, vr: 'US', value: [1] },
      { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
      { tag: 0x00280010, vr: 'US', value: [nj] },
      { tag: 0x00280011, vr: 'US', value: [ni] },
      { tag: 0x00280030, vr: 'DS', value: `${g.spacing[1]}\\${g.spacing[0]}` },
      { tag: 0x00280051, vr: 'CS', value: 'ATTN\\DECY' },
      { tag: 0x00280100, vr: 'US', value: [16] },
      { tag: 0x00280101, vr: 'US', value: [16] },
      { tag: 0x00280102, vr: 'US', value: [15] },
      { tag: 0x00280103, vr: 'US', value: [1] },
      { tag: 0x00281052, vr: 'DS', value: '0' },
      { tag: 0x00281053, vr: 'DS', value: '1' },
      { tag: 0x00540016, vr: 'SQ', value: sq(rp) },
      { tag: 0x00541001, vr: 'CS', value: 'BQML' },
      { tag: 0x00541102, vr: 'CS', value: 'START' },
      { tag: 0x7fe00010, vr: 'OW', value: pixels },
    ];
    writeFileSync(path.join(dir, `${k + 1}.dcm`), writePart10(els));
  }
  return dir;
}

/** NIfTI-1 (.nii, uint8) on the phantom's grid: sform = the grid's LPS affine with x, y negated (RAS). */
export function writeNiftiOnGrid(file: string, ph: WholeBodyPetPhantom, data: Uint8Array): void {
  const [ni, nj, nk] = ph.geometry.dimensions;
  const [si, sj, sk] = ph.geometry.spacing;
  const [ox, oy, oz] = ph.geometry.origin;
  const h = new DataView(new ArrayBuffer(352));
  h.setInt32(0, 348, true);
  [3, ni, nj, nk, 1, 1, 1, 1].forEach((d, q) => h.setInt16(40 + 2 * q, d, true));
  h.setInt16(70, 2, true); // DT_UINT8
  h.setInt16(72, 8, true);
  [1, si, sj, sk, 1, 1, 1, 1].forEach((d, q) => h.setFloat32(76 + 4 * q, d, true));
  h.setFloat32(108, 352, true);
  h.setFloat32(112, 1, true); // scl_slope
  h.setInt16(254, 1, true); // sform_code
  [[-si, 0, 0, -ox], [0, -sj, 0, -oy], [0, 0, sk, oz]].forEach((row, r) => row.forEach((v, c) => h.setFloat32(280 + 16 * r + 4 * c, v, true)));
  [0x6e, 0x2b, 0x31, 0].forEach((b, q) => h.setUint8(344 + q, b));
  const out = new Uint8Array(352 + data.length);
  out.set(new Uint8Array(h.buffer), 0);
  out.set(data, 352);
  writeFileSync(file, out);
}

/** A BINARY DICOM SEG on the phantom's grid, one frame per slice and segment. */
export function writeSegOnGrid(file: string, ph: WholeBodyPetPhantom, segments: { label: string; data: Uint8Array }[]): void {
  const [ni, nj, nk] = ph.geometry.dimensions;
  const g = ph.geometry;
  const plane = ni * nj;
  const bits = new Uint8Array(Math.ceil((segments.length * nk * plane) / 8));
  const frames: Record<string, unknown>[] = [];
  segments.forEach((s, si) =>
    Array.from({ length: nk }, (_, k) => {
      const f = si * nk + k;
      for (let p = 0; p < plane; p++) if (s.data[k * plane + p]) bits[(f * plane + p) >> 3] |= 1 << ((f * plane + p) & 7);
      frames.push({ PlanePositionSequence: [{ ImagePositionPatient: [g.origin[0], g.origin[1], g.origin[2] + k * g.spacing[2]] }], SegmentIdentificationSequence: [{ ReferencedSegmentNumber: si + 1 }] });
    }),
  );
  const ds = {
    SOPClassUID: '1.2.840.10008.5.1.4.1.1.66.4',
    SOPInstanceUID: '2.25.4242',
    Modality: 'SEG',
    SeriesInstanceUID: '2.25.4243',
    StudyInstanceUID: '2.25.4244',
    Rows: nj,
    Columns: ni,
    BitsAllocated: 1,
    BitsStored: 1,
    HighBit: 0,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    PixelRepresentation: 0,
    SegmentationType: 'BINARY',
    NumberOfFrames: segments.length * nk,
    SegmentSequence: segments.map((s, i) => ({ SegmentNumber: i + 1, SegmentLabel: s.label, SegmentAlgorithmType: 'MANUAL' })),
    SharedFunctionalGroupsSequence: [{ PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }], PixelMeasuresSequence: [{ PixelSpacing: [g.spacing[1], g.spacing[0]], SliceThickness: g.spacing[2] }] }],
    PerFrameFunctionalGroupsSequence: frames,
    PixelData: bits.buffer,
    _vrMap: { PixelData: 'OB' },
  };
  const meta = { MediaStorageSOPClassUID: ds.SOPClassUID, MediaStorageSOPInstanceUID: ds.SOPInstanceUID, TransferSyntaxUID: '1.2.840.10008.1.2.1', FileMetaInformationVersion: new Uint8Array([0, 1]).buffer };
  const dict = new dcmjs.data.DicomDict(dcmjs.data.DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = dcmjs.data.DicomMetaDictionary.denaturalizeDataset(ds);
  writeFileSync(file, new Uint8Array(dict.write()));
}

/** A CT series (int16 HU, no rescale) on a 12 mm grid covering the phantom, HU = hu(x, y, z) at each voxel centre (patient LPS mm). */
export function writeCtOnPhantom(dir: string, uid: string, hu: (x: number, y: number, z: number) => number): string {
  mkdirSync(dir, { recursive: true });
  const [ni, nj, nk] = [27, 20, 50];
  const [ox, oy, oz] = [-156, -114, -594];
  for (let k = 0; k < nk; k++) {
    const pixels = new Int16Array(ni * nj);
    for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) pixels[i + ni * j] = hu(ox + 12 * i, oy + 12 * j, oz + 12 * k);
    const bytes = writeSlice({ sop: `${uid}.${k + 1}`, series: uid, modality: 'CT', rows: nj, columns: ni, ipp: [ox, oy, oz + 12 * k], iop: [1, 0, 0, 0, 1, 0], spacing: [12, 12], instanceNumber: k + 1, pixels });
    writeFileSync(path.join(dir, `${k + 1}.dcm`), bytes);
  }
  return dir;
}
