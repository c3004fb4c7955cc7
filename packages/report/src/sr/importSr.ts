import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Code } from '../dicom/codes';
import { CODES } from '../dicom/codes';
import { readPart10 } from '../dicom/part10';
import type { Lesion, SeriesReference } from '../model/schema';
import type { ImagePlane } from './imagePlane';
import type { Skip } from './parseMeasurement';
import { parseGroup } from './parseGroup';
import { children, describe, isConcept, seq, str, valueType } from './readContent';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';
import { isoDateOfDa, isoOfDicomDateTime } from '../dicom/dateTime';
import type { TimepointValues } from '../model/longitudinalSchema';
import type { SrQualitativeEvaluations } from './parseQualitativeEvaluations';
import { parseQualitativeEvaluations } from './parseQualitativeEvaluations';
import { parseTimepointValues } from './parseTimepointValues';
import type { SrBurden } from '../burden/parseBurdenGroup';
import { burdenMethodOf, readBurdenGroup } from '../burden/parseBurdenGroup';

export interface ImportedSr {
  readonly studyInstanceUID: string;
  readonly seriesInstanceUID: string;
  readonly sopInstanceUID: string;
  readonly lesions: Lesion[];
  /** PatientID and IssuerOfPatientID: whose timeline this SR belongs to. */
  readonly patientId?: string;
  readonly issuer?: string;
  /** StudyDate as YYYY-MM-DD: the timepoint. */
  readonly studyDate?: string;
  /** ContentDate/ContentTime as an ISO instant: the latest SR of a study is its current reading. */
  readonly contentDateTime?: string;
  /** Report-level Qualitative Evaluations (criterion, baseline, exclusions, responses, tracer). */
  readonly qualitativeEvaluations?: SrQualitativeEvaluations;
  /** Derived Imaging Measurements: the timepoint's reference values. */
  readonly timepointValues?: TimepointValues;
  /** Caliper's whole-body PET burden groups (lesion values, confirmed scores, totals, method); not among `lesions`. */
  readonly burden?: SrBurden;
  /** Content that was not imported, with the reason (unknown codes, wrong references, missing content). */
  readonly skipped: Skip[];
  /** Repairs made while importing (e.g. a missing tracking UID assigned). */
  readonly notes: Skip[];
}

export interface ImportSrOptions {
  /**
   * Segmentations already imported (see importSeg), keyed by the SEG SOP Instance UID: a lesion
   * whose measurement group references a segment of that SEG gets segment geometry.
   */
  readonly segmentations?: ReadonlyMap<string, { id: string; reference?: SeriesReference }>;
  /** Geometry of an image, to place another tool's 2D SCOORDs in patient space. */
  readonly imagePlane?: (sopInstanceUID: string) => ImagePlane | undefined;
}

const SR_CLASS = /^1\.2\.840\.10008\.5\.1\.4\.1\.1\.88\./;

/** Read a DICOM SR TID 1500 Imaging Measurement Report (Caliper's or another tool's) into lesions. */
export function importSr(bytes: Uint8Array, options: ImportSrOptions = {}): Result<ImportedSr> {
  const parsed = readPart10(bytes);
  if (!parsed.ok) return parsed;
  const ds = parsed.value;
  const sopClass = str(ds.SOPClassUID) ?? '';
  if (!SR_CLASS.test(sopClass)) return err(`not a structured report (SOP Class ${sopClass || 'missing'})`);
  if (str(ds.ValueType) !== 'CONTAINER' || !isConcept(ds, CODES.imagingMeasurementReport)) {
    return err(`not a TID 1500 Imaging Measurement Report (root is ${describe(ds)})`);
  }
  const studyInstanceUID = str(ds.StudyInstanceUID);
  if (studyInstanceUID === undefined) return err('SR has no StudyInstanceUID');

  const seriesOf = new Map<string, string>();
  for (const study of [...seq(ds.CurrentRequestedProcedureEvidenceSequence), ...seq(ds.PertinentOtherEvidenceSequence)])
    for (const series of seq(study.ReferencedSeriesSequence)) {
      const s = str(series.SeriesInstanceUID);
      if (s !== undefined) for (const r of seq(series.ReferencedSOPSequence)) {
        const sop = str(r.ReferencedSOPInstanceUID);
        if (sop !== undefined) seriesOf.set(sop, s);
      }
    }

  const skipped: Skip[] = [];
  const notes: Skip[] = [];
  const lesions: Lesion[] = [];
  const segs = options.segmentations ?? new Map();
  const ctx = { seriesOf, segmentation: (uid: string) => segs.get(uid), imagePlane: options.imagePlane };
  let groupCount = 0;
  const burden: { burden?: SrBurden } = {};
  const containers = (code: Code) => children(ds).filter((c) => valueType(c) === 'CONTAINER' && isConcept(c, code));
  const measurementsContainers = containers(CODES.imagingMeasurements);
  if (measurementsContainers.length === 0) skipped.push({ path: 'root', reason: 'no Imaging Measurements container' });
  for (const container of measurementsContainers) {
    for (const item of children(container)) {
      if (valueType(item) !== 'CONTAINER' || !isConcept(item, CODES.measurementGroup)) {
        skipped.push({ path: `Imaging Measurements > ${describe(item)}`, reason: 'not a measurement group' });
        continue;
      }
      groupCount++;
      const method = burdenMethodOf(item);
      if (method !== undefined) {
        readBurdenGroup(item, method, `Measurement Group ${groupCount}`, ctx, burden, skipped, notes);
        continue;
      }
      const lesion = parseGroup(item, `Measurement Group ${groupCount}`, ctx, skipped, notes);
      if (lesion !== undefined) lesions.push(lesion);
    }
  }
  const tz = str(ds.TimezoneOffsetFromUTC);
  const qualitative = containers(L.qualitativeEvaluations)[0];
  const derived = containers(L.derivedImagingMeasurements)[0];
  const opt = <K extends string, V>(key: K, v: V | undefined) => (v === undefined ? {} : ({ [key]: v } as Record<K, V>));
  return ok({
    studyInstanceUID, seriesInstanceUID: str(ds.SeriesInstanceUID) ?? '', sopInstanceUID: str(ds.SOPInstanceUID) ?? '', lesions, skipped, notes,
    ...opt('burden', burden.burden),
    ...opt('patientId', str(ds.PatientID)),
    ...opt('issuer', str(ds.IssuerOfPatientID)),
    ...opt('studyDate', isoDateOfDa(str(ds.StudyDate))),
    ...opt('contentDateTime', isoOfDicomDateTime(`${str(ds.ContentDate) ?? ''}${str(ds.ContentTime) ?? ''}`, tz)),
    ...opt('qualitativeEvaluations', qualitative === undefined ? undefined : parseQualitativeEvaluations(qualitative, 'Qualitative Evaluations', skipped, tz)),
    ...opt('timepointValues', derived === undefined ? undefined : parseTimepointValues(derived, 'Derived Imaging Measurements', skipped)),
  });
}
