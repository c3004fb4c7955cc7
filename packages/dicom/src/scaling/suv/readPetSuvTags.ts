import type { DataSet } from 'dicom-parser';
import { firstItemOf, numberOf, privateTag, text, texts } from '../dataSetValues';
import type { PetSuvTags } from './types';

const at = <T>(ds: DataSet, tag: string | undefined, read: (ds: DataSet, tag: string) => T | undefined): T | undefined =>
  tag === undefined ? undefined : read(ds, tag);

/**
 * Reads the SUV-relevant tags of one PET instance (dicom-parser data set). Private tags are found
 * through their creators: Philips "Philips PET Private Group" (7053,xx00)/(7053,xx09), GE
 * "GEMS_PETD_01" (0009,xx0D).
 */
export function readPetSuvTags(ds: DataSet): PetSuvTags {
  const rp = firstItemOf(ds, 'x00540016'); // RadiopharmaceuticalInformationSequence
  return {
    units: text(ds, 'x00541001')?.toUpperCase(),
    suvType: text(ds, 'x00541006')?.toUpperCase(),
    decayCorrection: text(ds, 'x00541102')?.toUpperCase(),
    correctedImage: texts(ds, 'x00280051')?.map((s) => s.toUpperCase()),
    manufacturer: text(ds, 'x00080070'),
    patientWeightKg: numberOf(ds, 'x00101030'),
    patientSizeM: numberOf(ds, 'x00101020'),
    patientSex: text(ds, 'x00100040'),
    seriesDate: text(ds, 'x00080021'),
    seriesTime: text(ds, 'x00080031'),
    acquisitionDate: text(ds, 'x00080022'),
    acquisitionTime: text(ds, 'x00080032'),
    acquisitionDateTime: text(ds, 'x0008002a'),
    frameReferenceTimeMs: numberOf(ds, 'x00541300'),
    actualFrameDurationMs: numberOf(ds, 'x00181242'),
    radionuclideTotalDose: numberOf(rp, 'x00181074'),
    radionuclideHalfLifeS: numberOf(rp, 'x00181075'),
    radiopharmaceuticalStartTime: text(rp, 'x00181072'),
    radiopharmaceuticalStartDateTime: text(rp, 'x00181078'),
    philipsSuvScaleFactor: at(ds, privateTag(ds, '7053', 'PHILIPS PET PRIVATE GROUP', 0x00), numberOf),
    philipsActivityConcentrationScaleFactor: at(ds, privateTag(ds, '7053', 'PHILIPS PET PRIVATE GROUP', 0x09), numberOf),
    geScanDateTime: at(ds, privateTag(ds, '0009', 'GEMS_PETD_01', 0x0d), text),
    rescaleIntercept: numberOf(ds, 'x00281052'),
  };
}
