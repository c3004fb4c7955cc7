// Reading model (versioned, validated)
export * from './model/schema';
export * from './model/radiomicsSchema';
export type { RadiomicsRecordContext } from './model/radiomicsRecord';
export { radiomicsRecord } from './model/radiomicsRecord';
export type { RoiMeasurementsOptions } from './model/roiMeasurements';
export { roiMeasurements, statisticName, measurementList } from './model/roiMeasurements';
export { SEGMENT_CATEGORY, SEGMENT_TYPE } from './seg/segmentCodes';
export { IBSI_SCHEME, IBSI_AGGREGATION } from './sr/radiomicsCodes';
export type { Alignment, LesionRole, Longitudinal, ReferenceRegion, Remeasure, ResponseRecord, TimepointValues } from './model/longitudinalSchema';
export * from './model/longitudinalSchema';
export type { Migration } from './model/migration';
export type { ParseReadingResult, ReadingProblem, ParseReadingOptions } from './model/parseReading';
export { parseReading, MIGRATIONS } from './model/parseReading';
// Persistence
export type { ReadingStore, LoadResult, QuarantinedRecord, ReadingSummary, OpenReadingStoreOptions } from './persist/openReadingStore';
export { openReadingStore } from './persist/openReadingStore';
export type { Autosave, AutosaveOptions } from './persist/createAutosave';
export { createAutosave } from './persist/createAutosave';
// DICOM export / import
export type { ExportContext } from './dicom/exportContext';
export type { Code } from './dicom/codes';
export { CODES } from './dicom/codes';
export { UCUM, unitFromUcum } from './dicom/ucum';
export { uuidToUid, uidToUuid, newUid } from './dicom/uid';
export type { ExportedReading } from './exportReading';
export { exportReading } from './exportReading';
export type { ImportReadingInput, ImportReadingOptions, ImportedReading } from './importReading';
export { importReading } from './importReading';
export type { ExportedSr, ExportSrOptions } from './sr/exportSr';
export { exportSr, COMPREHENSIVE_3D_SR, ENHANCED_SR } from './sr/exportSr';
export type { ImportedSr, ImportSrOptions } from './sr/importSr';
export { importSr } from './sr/importSr';
export type { ImagePlane } from './sr/imagePlane';
export type { Skip } from './sr/parseMeasurement';
export type { SegInstanceRef } from './sr/buildMeasurementGroup';
export { conceptForMeasurement, nameForConcept } from './sr/measurementConcept';
export type { ExportedSeg, ExportSegOptions } from './seg/exportSeg';
export { exportSeg, SEGMENTATION_STORAGE } from './seg/exportSeg';
export type { ImportedSeg, ImportSegOptions, SegTarget } from './seg/importSeg';
export { importSeg } from './seg/importSeg';
export type { SrQualitativeEvaluations } from './sr/parseQualitativeEvaluations';
export { LONGITUDINAL_CODES } from './dicom/longitudinalCodes';
export type { FindingSite } from './dicom/findingSites';
export { FINDING_SITES, findingSiteCode, organForSiteCode } from './dicom/findingSites';
export { CRITERIA_LABEL, codeForCriteria, criteriaForCode } from './sr/criteriaCode';
// Longitudinal reading: the timeline `caliper response` assesses
export type { TimelineResult } from './longitudinal/timepointSource';
export type { TimelineFromSrOptions } from './longitudinal/timelineFromSrFiles';
export { timelineFromReadings } from './longitudinal/timelineFromReadings';
export { timelineFromSrFiles } from './longitudinal/timelineFromSrFiles';
export { encodeLabelmap } from './seg/encodeLabelmap';
export { decodeLabelmap } from './seg/decodeLabelmap';
// Key images (tumour board) as DICOM Key Object Selection documents
export type { ExportedKos, ExportKosOptions, KeyImageRef } from './kos/exportKos';
export { exportKos, KEY_OBJECT_SELECTION, KOS_TITLES } from './kos/exportKos';
