import type { NaturalDataset } from 'dcmjs';
import type { Code } from '../dicom/codes';
import type { InstanceRef } from '../dicom/evidenceSequence';
import { CODES } from '../dicom/codes';
import { dicomDate, dicomTime } from '../dicom/dateTime';
import type { ExportContext } from '../dicom/exportContext';
import { commonAttributes } from '../dicom/exportContext';
import { IMPLEMENTATION_CLASS_UID, writePart10 } from '../dicom/part10';
import { newUid } from '../dicom/uid';
import { evidenceSequence } from '../dicom/evidenceSequence';
import type { Item } from '../sr/contentItems';
import { codeItem, codeSeq, imageItem, textItem, uidrefItem } from '../sr/contentItems';

/** Key Object Selection Document Storage (PS3.4 B.5). */
export const KEY_OBJECT_SELECTION = '1.2.840.10008.5.1.4.1.1.88.59';

/** CID 7010 Key Object Selection Document Title: tumour-board key images are "For Conference". */
export const KOS_TITLES = {
  ofInterest: { value: '113000', scheme: 'DCM', meaning: 'Of Interest' },
  forConference: { value: '113005', scheme: 'DCM', meaning: 'For Conference' },
} as const satisfies Record<string, Code>;

const KEY_OBJECT_DESCRIPTION: Code = { value: '113012', scheme: 'DCM', meaning: 'Key Object Description' };

/** One selected image: the instance shown (and its frame for multi-frame objects). */
export interface KeyImageRef extends InstanceRef {
  /** 1-based frame of a multi-frame instance. */
  readonly frameNumber?: number;
}

export interface ExportKosOptions {
  readonly title?: Code;
  /** Free text describing the selection (e.g. "Tumour board: L1 baseline, nadir, current"). */
  readonly description?: string;
  readonly sopInstanceUID?: string;
  readonly seriesInstanceUID?: string;
}

export interface ExportedKos {
  readonly bytes: Uint8Array;
  readonly sopInstanceUID: string;
  readonly seriesInstanceUID: string;
}

/**
 * A DICOM Key Object Selection Document (PS3.3 A.35.4, content TID 2010) selecting the given
 * images, so a PACS shows the tumour board's key images with the study. The document belongs to
 * `ctx.study`; images of other studies of the patient are referenced through the evidence sequence
 * (one Hierarchical SOP Instance Reference item per study), as PS3.3 C.17.6.2 allows.
 */
export function exportKos(images: readonly KeyImageRef[], ctx: ExportContext, options: ExportKosOptions = {}): ExportedKos {
  if (images.length === 0) throw new Error('a Key Object Selection needs at least one image');
  const now = ctx.now ?? new Date();
  const sopInstanceUID = options.sopInstanceUID ?? newUid();
  const seriesInstanceUID = options.seriesInstanceUID ?? newUid();
  const content: Item[] = [
    codeItem('HAS CONCEPT MOD', CODES.languageOfContent, CODES.englishUS),
    codeItem('HAS OBS CONTEXT', CODES.observerType, CODES.device),
    uidrefItem('HAS OBS CONTEXT', CODES.deviceObserverUid, IMPLEMENTATION_CLASS_UID),
    textItem('HAS OBS CONTEXT', CODES.deviceObserverName, 'Caliper'),
    ...(options.description ? [textItem('CONTAINS', KEY_OBJECT_DESCRIPTION, options.description)] : []),
    ...images.map((im) => {
      const item = imageItem('CONTAINS', undefined, im.sopClassUID, im.sopInstanceUID);
      if (im.frameNumber !== undefined) (item.ReferencedSOPSequence as NaturalDataset[])[0].ReferencedFrameNumber = String(im.frameNumber);
      return item;
    }),
  ];
  const ds: NaturalDataset = {
    ...commonAttributes(ctx),
    SOPClassUID: KEY_OBJECT_SELECTION,
    SOPInstanceUID: sopInstanceUID,
    Modality: 'KO',
    SeriesInstanceUID: seriesInstanceUID,
    SeriesNumber: (ctx.seriesNumber ?? 9001) + 1,
    SeriesDescription: 'Caliper key images',
    ReferencedPerformedProcedureStepSequence: [],
    InstanceNumber: 1,
    TimezoneOffsetFromUTC: '+0000',
    ContentDate: dicomDate(now),
    ContentTime: dicomTime(now),
    InstanceCreationDate: dicomDate(now),
    InstanceCreationTime: dicomTime(now),
    ValueType: 'CONTAINER',
    ConceptNameCodeSequence: codeSeq(options.title ?? KOS_TITLES.forConference),
    ContinuityOfContent: 'SEPARATE',
    ContentTemplateSequence: [{ MappingResource: 'DCMR', TemplateIdentifier: '2010' }],
    ContentSequence: content,
    CurrentRequestedProcedureEvidenceSequence: evidenceSequence(images),
  };
  return { bytes: writePart10(ds), sopInstanceUID, seriesInstanceUID };
}
