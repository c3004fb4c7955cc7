import type { Instance } from '@caliper/dicom';

const numbers = (inst: Instance, tag: string): number[] | undefined => {
  const v = inst.dataSet.string(tag);
  if (v === undefined || v.trim() === '') return undefined;
  const out = v.split('\\').map(Number);
  return out.every(Number.isFinite) ? out : undefined;
};
const text = (inst: Instance, tag: string): string | undefined => {
  const v = inst.dataSet.string(tag)?.trim();
  return v ? v : undefined;
};

/**
 * One of Cornerstone's metadata modules for an image, answered from the header Caliper parsed
 * (`undefined` for a module it does not answer). Cornerstone asks for these on paths Caliper's
 * pipeline does not control — e.g. `createAndCacheDerivedImage` copies the referenced image's
 * generalSeriesModule and imagePixelModule into each labelmap slice (brush, scissors) and
 * `buildMetadata` then destructures them — possibly before that image's full header is handed
 * to Cornerstone's metadata store in the background. Same names and conventions as
 * @cornerstonejs/metadata (PS3.3 C.7.3.1 General Series, C.7.6.3 Image Pixel, C.11.2 VOI LUT,
 * C.11.1 Modality LUT, C.12.1 SOP Common; pixelSpacing = [row, column] spacing).
 */
export function headerModule(type: string, inst: Instance): object | undefined {
  switch (type) {
    case 'imagePlaneModule': {
      const iop = inst.imageOrientationPatient;
      const ps = inst.pixelSpacing;
      return {
        frameOfReferenceUID: inst.frameOfReferenceUID,
        rows: inst.rows,
        columns: inst.columns,
        imageOrientationPatient: iop ? [...iop] : undefined,
        rowCosines: iop ? [iop[0], iop[1], iop[2]] : undefined,
        columnCosines: iop ? [iop[3], iop[4], iop[5]] : undefined,
        imagePositionPatient: inst.imagePositionPatient ? [...inst.imagePositionPatient] : undefined,
        sliceThickness: inst.sliceThickness,
        sliceLocation: numbers(inst, 'x00201041')?.[0],
        pixelSpacing: ps ? [ps[0], ps[1]] : undefined,
        rowPixelSpacing: ps?.[0],
        columnPixelSpacing: ps?.[1],
      };
    }
    case 'generalSeriesModule':
      return {
        modality: inst.modality,
        seriesInstanceUID: inst.seriesInstanceUID,
        seriesNumber: inst.seriesNumber,
        studyInstanceUID: inst.studyInstanceUID,
        seriesDate: text(inst, 'x00080021'),
        seriesTime: text(inst, 'x00080031'),
        seriesDescription: inst.seriesDescription,
        bodyPartExamined: text(inst, 'x00180015'),
      };
    case 'generalStudyModule':
      return { studyInstanceUID: inst.studyInstanceUID, studyDate: inst.studyDate, studyDescription: inst.studyDescription };
    case 'patientModule':
      return { patientName: inst.patientName, patientId: inst.patientId, patientSex: inst.patientSex, patientBirthDate: inst.patientBirthDate };
    case 'generalImageModule':
      return { instanceNumber: inst.instanceNumber, imageType: text(inst, 'x00080008')?.split('\\'), sopInstanceUID: inst.sopInstanceUID };
    case 'imagePixelModule':
      return {
        samplesPerPixel: inst.samplesPerPixel,
        photometricInterpretation: inst.photometricInterpretation,
        rows: inst.rows,
        columns: inst.columns,
        bitsAllocated: inst.bitsAllocated,
        bitsStored: inst.bitsStored,
        highBit: inst.highBit,
        pixelRepresentation: inst.pixelRepresentation,
        planarConfiguration: inst.planarConfiguration,
      };
    case 'voiLutModule': {
      const fn = text(inst, 'x00281056');
      return { windowCenter: numbers(inst, 'x00281050'), windowWidth: numbers(inst, 'x00281051'), ...(fn ? { voiLUTFunction: fn } : {}) };
    }
    case 'modalityLutModule':
      return { rescaleIntercept: inst.rescaleIntercept, rescaleSlope: inst.rescaleSlope, rescaleType: text(inst, 'x00281054') };
    case 'sopCommonModule':
      return { sopClassUID: inst.sopClassUID, sopInstanceUID: inst.sopInstanceUID };
    default:
      return undefined;
  }
}
