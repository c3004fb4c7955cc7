import type { Geometry } from '@caliper/core';
import type { Instance } from '@caliper/dicom';
import type { NaturalDataset } from 'dcmjs';
import { CODES } from '@caliper/report/dicom/codes';
import { mapSliceDataset } from '@caliper/report/parametric/mapSliceDataset';
import { readSourceAttributes } from '@caliper/report/parametric/sourceAttributes';

export interface AdcSeriesIds {
  readonly seriesInstanceUID: string;
  readonly seriesNumber: number;
  readonly description: string;
  readonly derivation: string;
  readonly date: string;
  readonly time: string;
}

/**
 * One slice of the ADC map as an MR Image Storage data set (dcmjs naturalized), written by the same
 * derived-map writer as the perfusion maps. Pixel values are ADC in 10^-6 mm2/s (µm²/s) as uint16;
 * the unit is stated by a Real World Value Mapping item (UCUM `um2/s`, slope 1, intercept 0), by
 * ImageType value 4 'ADC' (value 3 'DIFFUSION MAP', the MR defined term, as Siemens writes it) and
 * in the series description.
 */
export function adcSliceDataset(source: Instance, geometry: Geometry, k: number, pixels: Uint16Array, ids: AdcSeriesIds, sopInstanceUID: string): NaturalDataset {
  const attributes = readSourceAttributes((tag) => source.dataSet.string(tag));
  if (!attributes.StudyInstanceUID) attributes.StudyInstanceUID = source.studyInstanceUID;
  if (!attributes.FrameOfReferenceUID && source.frameOfReferenceUID) attributes.FrameOfReferenceUID = source.frameOfReferenceUID;
  return mapSliceDataset(attributes, geometry, k, pixels, {
    ...ids,
    parameter: 'ADC',
    imageType3: 'DIFFUSION MAP',
    ucum: 'um2/s',
    unitMeaning: 'um2/s',
    slope: 1,
    sequence: { scanning: 'EP', variant: 'NONE' },
    window: { center: 1000, width: 2000 },
    lutExplanation: 'ADC in um2/s (10^-6 mm2/s)',
    quantity: CODES.adc,
  }, sopInstanceUID);
}
