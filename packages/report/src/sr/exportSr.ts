import type { NaturalDataset } from 'dcmjs';
import { CODES } from '../dicom/codes';
import { dicomDate, dicomTime } from '../dicom/dateTime';
import type { ExportContext } from '../dicom/exportContext';
import { commonAttributes } from '../dicom/exportContext';
import { IMPLEMENTATION_CLASS_UID, writePart10 } from '../dicom/part10';
import { newUid } from '../dicom/uid';
import { evidenceSequence } from '../dicom/evidenceSequence';
import type { Reading } from '../model/schema';
import type { Item } from './contentItems';
import { codeItem, codeSeq, containerItem, imageItem, textItem, uidrefItem } from './contentItems';
import type { SegInstanceRef } from './buildMeasurementGroup';
import { buildMeasurementGroup } from './buildMeasurementGroup';
import { buildQualitativeEvaluations } from './buildQualitativeEvaluations';
import { buildTimepointValues } from './buildTimepointValues';
import { buildBurdenGroups } from '../burden/buildBurdenGroups';

export const COMPREHENSIVE_3D_SR = '1.2.840.10008.5.1.4.1.1.88.34';
export const ENHANCED_SR = '1.2.840.10008.5.1.4.1.1.88.22';

export interface ExportSrOptions {
  /** SEG instances written for this reading's segmentations (see exportSeg). */
  readonly segs?: readonly SegInstanceRef[];
  readonly sopInstanceUID?: string;
  readonly seriesInstanceUID?: string;
}

export interface ExportedSr {
  readonly bytes: Uint8Array;
  readonly sopInstanceUID: string;
  readonly seriesInstanceUID: string;
  readonly sopClassUID: string;
  /** Parts of the reading that could not be written, with the reason. */
  readonly warnings: readonly string[];
}

/**
 * The reading as a DICOM SR TID 1500 Imaging Measurement Report (PS3.16), one measurement group
 * per lesion. Comprehensive 3D SR when any SCOORD3D is written (patient LPS mm), else Enhanced SR.
 * A longitudinal reading adds its timepoint values (Derived Imaging Measurements) and responses
 * (Qualitative Evaluations, TID 1500 row 12): one such SR per timepoint rebuilds the timeline.
 */
export function exportSr(reading: Reading, ctx: ExportContext, options: ExportSrOptions = {}): ExportedSr {
  const now = ctx.now ?? new Date();
  const warnings: string[] = [];
  const segs = options.segs ?? [];
  const longitudinal = reading.longitudinal;
  // The SR's PatientID + IssuerOfPatientID are what a timeline joins on: say when they differ.
  const who = (id: string, issuer?: string) => (issuer === undefined ? id : `${id} (issuer ${issuer})`);
  if (longitudinal !== undefined && who(longitudinal.patientId, longitudinal.issuer) !== who(ctx.patient.id, ctx.patient.issuer)) {
    warnings.push(`the reading's longitudinal patient ${who(longitudinal.patientId, longitudinal.issuer)} differs from the exported patient ${who(ctx.patient.id, ctx.patient.issuer)}: the SR carries the latter`);
  }
  const groups = reading.lesions.map((l) => buildMeasurementGroup(l, segs, warnings, longitudinal?.studyDate));
  if (reading.burden !== undefined) groups.push(...buildBurdenGroups(reading.burden, segs, warnings, longitudinal?.studyDate));
  const uses3d = JSON.stringify(groups).includes('"SCOORD3D"');
  const sopClassUID = uses3d ? COMPREHENSIVE_3D_SR : ENHANCED_SR;
  const sopInstanceUID = options.sopInstanceUID ?? newUid();
  const seriesInstanceUID = options.seriesInstanceUID ?? newUid();

  // Evidence: every referenced image and SEG, grouped by series (PS3.3 C.17.2.3).
  const evidence = new Map<string, Map<string, string>>();
  const addRef = (series: string, sopClass: string, sop: string) => {
    if (!evidence.has(series)) evidence.set(series, new Map());
    evidence.get(series)!.set(sop, sopClass);
  };
  for (const l of reading.lesions) for (const r of l.references) for (const s of r.sopInstanceUIDs) addRef(r.seriesInstanceUID, r.sopClassUID, s);
  for (const seg of reading.segmentations) for (const s of seg.reference.sopInstanceUIDs) addRef(seg.reference.seriesInstanceUID, seg.reference.sopClassUID, s);
  const burdenRef = reading.burden?.source?.reference;
  if (burdenRef !== undefined) for (const s of burdenRef.sopInstanceUIDs) addRef(burdenRef.seriesInstanceUID, burdenRef.sopClassUID, s);
  const imageSeries = [...evidence.keys()];

  const library = containerItem('CONTAINS', CODES.imageLibrary, imageSeries.map((series) =>
    containerItem('CONTAINS', CODES.imageLibraryGroup, [...evidence.get(series)!].map(([sop, cls]) => imageItem('CONTAINS', undefined, cls, sop)))));
  const root: Item[] = [
    codeItem('HAS CONCEPT MOD', CODES.languageOfContent, CODES.englishUS),
    codeItem('HAS OBS CONTEXT', CODES.observerType, CODES.device),
    uidrefItem('HAS OBS CONTEXT', CODES.deviceObserverUid, IMPLEMENTATION_CLASS_UID),
    textItem('HAS OBS CONTEXT', CODES.deviceObserverName, 'Caliper'),
    ...(ctx.observerName === undefined ? [] : [
      codeItem('HAS OBS CONTEXT', CODES.observerType, CODES.person),
      { RelationshipType: 'HAS OBS CONTEXT', ValueType: 'PNAME', ConceptNameCodeSequence: codeSeq(CODES.personObserverName), PersonName: ctx.observerName },
    ]),
    codeItem('HAS CONCEPT MOD', CODES.procedureReported, CODES.imagingProcedure),
  ];
  if (imageSeries.length > 0) root.push(library);
  root.push(containerItem('CONTAINS', CODES.imagingMeasurements, groups));
  if (longitudinal !== undefined) {
    const derived = buildTimepointValues(longitudinal.timepointValues);
    if (derived !== undefined) root.push(derived);
    root.push(buildQualitativeEvaluations(longitudinal));
  }

  const evidenceSeries = [
    ...imageSeries.map((series) => ({ series, refs: evidence.get(series)! })),
    ...segs.map((s) => ({ series: s.seriesInstanceUID, refs: new Map([[s.sopInstanceUID, s.sopClassUID]]) })),
  ];
  const ds: NaturalDataset = {
    ...commonAttributes(ctx),
    SOPClassUID: sopClassUID,
    SOPInstanceUID: sopInstanceUID,
    Modality: 'SR',
    SeriesInstanceUID: seriesInstanceUID,
    SeriesNumber: ctx.seriesNumber ?? 9001,
    SeriesDescription: 'Caliper measurements',
    ReferencedPerformedProcedureStepSequence: [],
    InstanceNumber: 1,
    // Caliper writes every date and time in UTC (ContentTime, Observation DateTime).
    TimezoneOffsetFromUTC: '+0000',
    ContentDate: dicomDate(now),
    ContentTime: dicomTime(now),
    InstanceCreationDate: dicomDate(now),
    InstanceCreationTime: dicomTime(now),
    CompletionFlag: 'PARTIAL',
    VerificationFlag: 'UNVERIFIED',
    PerformedProcedureCodeSequence: [],
    ValueType: 'CONTAINER',
    ConceptNameCodeSequence: codeSeq(CODES.imagingMeasurementReport),
    ContinuityOfContent: 'SEPARATE',
    ContentTemplateSequence: [{ MappingResource: 'DCMR', TemplateIdentifier: '1500' }],
    ContentSequence: root,
  };
  if (evidenceSeries.length > 0) {
    const study = ctx.study.studyInstanceUID;
    ds.CurrentRequestedProcedureEvidenceSequence = evidenceSequence(evidenceSeries.flatMap(({ series, refs }) =>
      [...refs].map(([sop, cls]) => ({ studyInstanceUID: study, seriesInstanceUID: series, sopClassUID: cls, sopInstanceUID: sop }))));
  }
  return { bytes: writePart10(ds), sopInstanceUID, seriesInstanceUID, sopClassUID, warnings };
}
