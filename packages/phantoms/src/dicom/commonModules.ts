import type { Geometry } from '@caliper/core';
import type { Dataset } from './elements';
import { dsList, el, pn } from './elements';

export interface PatientInfo {
  readonly name: string;
  readonly id: string;
  readonly birthDate: string;
  readonly sex: 'M' | 'F' | 'O';
  readonly age: string;
  readonly weightKg: number;
  readonly sizeM: number;
}

export interface StudyInfo {
  readonly studyInstanceUID: string;
  readonly date: string;
  readonly time: string;
  readonly description: string;
  readonly id: string;
  readonly accessionNumber: string;
}

export interface SeriesInfo {
  readonly seriesInstanceUID: string;
  readonly modality: 'CT' | 'PT' | 'MR';
  readonly number: number;
  readonly description: string;
  readonly frameOfReferenceUID: string;
  readonly date: string;
  readonly time: string;
  readonly manufacturer: string;
  readonly modelName: string;
}

/** Patient, General Study, Patient Study, General Series, Frame of Reference, General Equipment, SOP Common. */
export function commonModules(p: PatientInfo, s: StudyInfo, se: SeriesInfo, sopClassUID: string, sopInstanceUID: string): Dataset {
  const d: Dataset = {
    '00080005': el('CS', 'ISO_IR 100'),
    '00080016': el('UI', sopClassUID),
    '00080018': el('UI', sopInstanceUID),
    '00080020': el('DA', s.date),
    '00080021': el('DA', se.date),
    '00080023': el('DA', se.date),
    '00080030': el('TM', s.time),
    '00080031': el('TM', se.time),
    '00080033': el('TM', se.time),
    '00080050': el('SH', s.accessionNumber),
    '00080060': el('CS', se.modality),
    '00080070': el('LO', se.manufacturer),
    '00080080': el('LO', 'Caliper Synthetic Imaging Centre'),
    '00080090': pn(''),
    '00081030': el('LO', s.description),
    '0008103E': el('LO', se.description),
    '00081090': el('LO', se.modelName),
    '00100010': pn(p.name),
    '00100020': el('LO', p.id),
    '00100030': el('DA', p.birthDate),
    '00100040': el('CS', p.sex),
    '00101010': el('AS', p.age),
    '00101020': el('DS', String(p.sizeM)),
    '00101030': el('DS', String(p.weightKg)),
    '00180015': el('CS', 'CHEST'),
    '0020000D': el('UI', s.studyInstanceUID),
    '0020000E': el('UI', se.seriesInstanceUID),
    '00200010': el('SH', s.id),
    '00200011': el('IS', se.number),
    '00200052': el('UI', se.frameOfReferenceUID),
    '00201040': el('LO', ''),
  };
  // PET uses PatientOrientationCodeSequence instead (PatientPosition shall not be present there).
  if (se.modality !== 'PT') d['00185100'] = el('CS', 'HFS');
  return d;
}

export interface PixelInfo {
  readonly bitsStored: number;
  readonly pixelRepresentation: 0 | 1;
}

/** General Image, Image Plane and Image Pixel attributes of axial slice k (PixelData added by the writer). */
export function imagePlaneModules(g: Geometry, k: number, instanceNumber: number, px: PixelInfo): Dataset {
  const [ni, nj] = g.dimensions;
  const z = g.origin[2] + k * g.spacing[2];
  return {
    '00180050': el('DS', ...dsList([g.spacing[2]])),
    '00200013': el('IS', instanceNumber),
    '00200020': el('CS', 'L', 'P'),
    '00200032': el('DS', ...dsList([g.origin[0], g.origin[1], z])),
    '00200037': el('DS', ...dsList([...g.rowDirection, ...g.columnDirection])),
    '00201041': el('DS', ...dsList([z])),
    '00280002': el('US', 1),
    '00280004': el('CS', 'MONOCHROME2'),
    '00280010': el('US', nj),
    '00280011': el('US', ni),
    // PixelSpacing = [row spacing (between rows, j), column spacing (between columns, i)]
    '00280030': el('DS', ...dsList([g.spacing[1], g.spacing[0]])),
    '00280100': el('US', 16),
    '00280101': el('US', px.bitsStored),
    '00280102': el('US', px.bitsStored - 1),
    '00280103': el('US', px.pixelRepresentation),
  };
}
