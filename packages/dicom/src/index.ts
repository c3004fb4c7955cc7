// @caliper/dicom: reading and modelling DICOM anywhere (browser and Node; no DOM, no React).
// Node-only code (file system) is in the separate entry '@caliper/dicom/node'.
export type { Instance, FrameInfo, Orientation } from './model/instance';
export type { Series, SliceRef, SpacingInfo, LoadResult } from './model/series';
export type { DecodedPixels, PixelArray } from './model/pixels';

export { parseInstance } from './parse/parseInstance';
export { transferSyntaxInfo, describeTransferSyntax } from './parse/transferSyntax';
export type { TransferSyntaxInfo, PixelEncoding } from './parse/transferSyntax';

export { groupSeries } from './series/groupSeries';
export type { GroupResult, GroupOptions } from './series/groupSeries';
export { groupPhases } from './series/groupPhases';
export { readSpgrParameters, readFlipAngle, readRepetitionTime } from './series/readSpgrParameters';
export type { SpgrParameters } from './series/readSpgrParameters';
export type { Phase, PhaseGrouping } from './series/groupPhases';

export { decodeFrames, decodeFrame } from './pixels/decodeFrames';
export { configureCodecs } from './pixels/codecs';
export { transcodeToNative, packBits } from './pixels/transcodeToNative';
export type { CodecOptions } from './pixels/codecs';

export { buildVolume } from './volume/buildVolume';
export { sliceDataType, bytesPerVoxel } from './volume/sliceDataType';
export type { SliceDataType, SliceDataTypeOptions } from './volume/sliceDataType';
export { decodeSliceInto } from './pixels/decodeSliceInto';
export type { DecodeSliceOptions, SliceArray, SliceRange } from './pixels/decodeSliceInto';
export type { BuildVolumeOptions } from './volume/buildVolume';
export { unitOf } from './volume/unitOf';
export { volumeGeometry } from './volume/volumeGeometry';

export { parseMany, mergeResults } from './sources/parseMany';
export { readFiles, readEntries } from './sources/readFiles';
export type { FileLike, EntryLike } from './sources/readFiles';
export { readZip, isZip } from './sources/readZip';
export { loadManifest, loadManifestSeries, validateManifest, manifestInstanceUrls } from './sources/manifest';
export type { StudyManifest, ManifestStudy, ManifestSeries, FetchLike } from './sources/manifestSchema';
export { createDicomWebSource } from './sources/dicomweb/createDicomWebSource';
export type { DicomWebSource, DicomWebOptions, StudySummary, SeriesSummary, InstanceSummary } from './sources/dicomweb/types';
export type { DicomJson } from './sources/dicomweb/qidoModel';
export { jsonToPart10 } from './sources/dicomweb/jsonToPart10';
export { buildMultipart, boundaryOf, parseMultipart } from './sources/dicomweb/multipart';
export { createMultipartSplitter, readMultipartStream, MultipartError, type MultipartPart, type MultipartSplitter } from './sources/dicomweb/multipartStream';
export { retrieveMultipart, HttpStatusError, ACCEPT_AS_STORED, ACCEPT_DEFAULT, type MultipartRetrieveOptions, type MultipartRetrieveResult } from './sources/dicomweb/multipartRetrieve';
export { retryBusy, type RetryBusyOptions } from './sources/dicomweb/retryBusy';
export { explainHttpError } from './sources/dicomweb/explainHttpError';
export { studiesUrl, seriesUrl, instancesUrl, instanceUrl, frameUrl } from './sources/dicomweb/urls';
export * from './scaling/index';
export { readRadiopharmaceutical } from './tracer/readRadiopharmaceutical';
export type { RadiopharmaceuticalTags } from './tracer/readRadiopharmaceutical';
export { identifyTracer, tracerFamily, HALF_LIFE_TOLERANCE } from './tracer/identifyTracer';
export type { Tracer } from './tracer/identifyTracer';
export { TRACERS, NUCLIDES } from './tracer/tracerTable';
export type { CodedConcept, TracerEntry, NuclideEntry, TracerFamily } from './tracer/tracerTable';
