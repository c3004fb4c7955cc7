/** A coded concept (DICOM Code Sequence Macro): CodeValue, CodingSchemeDesignator, CodeMeaning. */
export interface Code {
  readonly value: string;
  readonly scheme: string;
  readonly meaning: string;
}

const c = (value: string, scheme: string, meaning: string): Code => ({ value, scheme, meaning });

/** Caliper's private coding scheme, for concepts DICOM PS3.16 has no code for. */
export const PRIVATE_SCHEME = '99CALIPER';

/** Codes from DICOM PS3.16 (DCM), SNOMED CT (SCT) and UCUM used by the TID 1500 report and SEG. */
export const CODES = {
  imagingMeasurementReport: c('126000', 'DCM', 'Imaging Measurement Report'),
  languageOfContent: c('121049', 'DCM', 'Language of Content Item and Descendants'),
  englishUS: c('en-US', 'RFC5646', 'English (United States)'),
  observerType: c('121005', 'DCM', 'Observer Type'),
  device: c('121007', 'DCM', 'Device'),
  person: c('121006', 'DCM', 'Person'),
  personObserverName: c('121008', 'DCM', 'Person Observer Name'),
  deviceObserverUid: c('121012', 'DCM', 'Device Observer UID'),
  deviceObserverName: c('121013', 'DCM', 'Device Observer Name'),
  procedureReported: c('121058', 'DCM', 'Procedure reported'),
  imagingProcedure: c('363679005', 'SCT', 'Imaging procedure'),
  imageLibrary: c('111028', 'DCM', 'Image Library'),
  imageLibraryGroup: c('126200', 'DCM', 'Image Library Group'),
  imagingMeasurements: c('126010', 'DCM', 'Imaging Measurements'),
  measurementGroup: c('125007', 'DCM', 'Measurement Group'),
  trackingIdentifier: c('112039', 'DCM', 'Tracking Identifier'),
  trackingUid: c('112040', 'DCM', 'Tracking Unique Identifier'),
  finding: c('121071', 'DCM', 'Finding'),
  findingSite: c('363698007', 'SCT', 'Finding Site'),
  neoplasm: c('108369006', 'SCT', 'Neoplasm'),
  lymphNode: c('59441001', 'SCT', 'Lymph node structure'),
  imageRegion: c('111030', 'DCM', 'Image Region'),
  referencedSegment: c('121191', 'DCM', 'Referenced Segment'),
  sourceSeriesForSegmentation: c('121232', 'DCM', 'Source series for segmentation'),
  sourceOfMeasurement: c('121112', 'DCM', 'Source of Measurement'),
  derivation: c('121401', 'DCM', 'Derivation'),
  algorithmName: c('111001', 'DCM', 'Algorithm Name'),
  algorithmVersion: c('111003', 'DCM', 'Algorithm Version'),
  // size and PET volume concepts
  longAxis: c('103339001', 'SCT', 'Long Axis'),
  shortAxis: c('103340004', 'SCT', 'Short Axis'),
  length: c('410668003', 'SCT', 'Length'),
  area: c('42798000', 'SCT', 'Area'),
  volume: c('118565006', 'SCT', 'Volume'),
  metabolicVolume: c('126032', 'DCM', 'Metabolic Volume'),
  totalLesionGlycolysis: c('126033', 'DCM', 'Total Lesion Glycolysis'),
  // statistics (CID 7464 / derivation modifiers)
  mean: c('373098007', 'SCT', 'Mean'),
  standardDeviation: c('386136009', 'SCT', 'Standard Deviation'),
  minimum: c('255605001', 'SCT', 'Minimum'),
  maximum: c('56851009', 'SCT', 'Maximum'),
  peakValueWithinRoi: c('126031', 'DCM', 'Peak Value Within ROI'),
  // quantities (CID 7180/7469)
  attenuationCoefficient: c('112031', 'DCM', 'Attenuation Coefficient'),
  suvbw: c('126401', 'DCM', 'SUVbw'),
  suvlbm: c('126402', 'DCM', 'SUVlbm'),
  suvbsa: c('126403', 'DCM', 'SUVbsa'),
  adc: c('113041', 'DCM', 'Apparent Diffusion Coefficient'),
  activityConcentration: c('ACTCONC', PRIVATE_SCHEME, 'Activity concentration'),
  imageIntensity: c('INTENSITY', PRIVATE_SCHEME, 'Image intensity'),
  // Caliper lesion attributes with no standard concept
  lesionRole: c('LESIONROLE', PRIVATE_SCHEME, 'Lesion role'),
  targetLesion: c('TARGET', PRIVATE_SCHEME, 'Target lesion'),
  nonTargetLesion: c('NONTARGET', PRIVATE_SCHEME, 'Non-target lesion'),
  locationLabel: c('LOCATION', PRIVATE_SCHEME, 'Location label'),
  annotationTool: c('TOOL', PRIVATE_SCHEME, 'Annotation tool'),
  lesionId: c('LESIONID', PRIVATE_SCHEME, 'Caliper lesion id'),
  // SEG
  morphologicallyAbnormalStructure: c('49755003', 'SCT', 'Morphologically abnormal structure'),
  sourceImageForProcessing: c('121322', 'DCM', 'Source image for image processing operation'),
} as const;

export const sameCode = (a: { value: string; scheme: string }, b: { value: string; scheme: string }): boolean =>
  a.value === b.value && normaliseScheme(a.scheme) === normaliseScheme(b.scheme);

/** SNOMED CT appears as SCT (current) or SRT (retired designator) in older objects. */
const normaliseScheme = (s: string): string => (s === 'SRT' || s === 'SNM3' ? 'SCT' : s);
