import type { Dataset } from './elements';
import { code, ds, el, sq } from './elements';

export const PET_SOP_CLASS = '1.2.840.10008.5.1.4.1.1.128';
export const PET_BITS_STORED = 16;

/** Radiopharmaceutical administration, in the units DICOM stores them. */
export interface Radiopharmaceutical {
  /** Injected activity at the start time (Bq). */
  readonly totalDoseBq: number;
  /** F-18 half-life (s). */
  readonly halfLifeS: number;
  readonly positronFraction: number;
  /** DICOM DT, e.g. 20260112090000.000000 */
  readonly startDateTime: string;
  /** DICOM TM, e.g. 090000.000000 */
  readonly startTime: string;
}

export const F18_FDG = {
  halfLifeS: 6586.2,
  positronFraction: 0.9673,
};

/** PET Series, PET Isotope (RadiopharmaceuticalInformationSequence) and NM/PET Patient Orientation modules. */
export function petSeriesModules(r: Radiopharmaceutical, numberOfSlices: number): Dataset {
  return {
    '00540016': sq({
      '00180031': el('LO', 'Fluorodeoxyglucose'),
      '00181072': el('TM', r.startTime),
      '00181074': el('DS', ds(r.totalDoseBq)),
      '00181075': el('DS', ds(r.halfLifeS)),
      '00181076': el('DS', ds(r.positronFraction)),
      '00181078': el('DT', r.startDateTime),
      '00540300': sq(code('77004003', 'SCT', '^18^Fluorine')),
      '00540304': sq(code('35321007', 'SCT', 'Fluorodeoxyglucose F^18^')),
    }),
    '00540081': el('US', numberOfSlices),
    '00540410': sq(code('102538003', 'SCT', 'recumbent')),
    '00540414': sq(code('40199007', 'SCT', 'supine')),
    '00541000': el('CS', 'STATIC', 'IMAGE'),
    '00541001': el('CS', 'BQML'),
    '00541002': el('CS', 'EMISSION'),
    '00541100': el('CS', 'DLYD'),
    '00541101': el('LO', 'measured'),
    '00541102': el('CS', 'START'),
    '00541103': el('LO', 'OSEM'),
    '00541105': el('LO', 'none'),
    '00280051': el('CS', 'ATTN', 'DECY', 'SCAT', 'DTIM', 'RAN', 'NORM'),
    '00181181': el('CS', 'NONE'),
  };
}

/** PET Image module attributes for one slice; `rescaleSlope` is the DS text written (Bq/mL per stored unit). */
export function petImageModule(imageIndex: number, rescaleSlope: string, acquisitionDate: string, acquisitionTime: string, frameDurationMs: number): Dataset {
  return {
    '00080008': el('CS', 'ORIGINAL', 'PRIMARY'),
    '00080022': el('DA', acquisitionDate),
    '00080032': el('TM', acquisitionTime),
    '00181242': el('IS', frameDurationMs),
    '00281052': el('DS', '0'),
    '00281053': el('DS', rescaleSlope),
    '00541300': el('DS', '0'),
    '00541321': el('DS', '1'),
    '00541330': el('US', imageIndex),
  };
}
