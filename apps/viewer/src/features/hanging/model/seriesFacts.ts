/** What the protocol rules look at in one series (built from the store and parsed headers). */
export interface SeriesFacts {
  readonly seriesInstanceUID: string;
  readonly studyInstanceUID: string;
  readonly modality: string;
  readonly description: string;
  readonly seriesNumber?: number;
  readonly instanceCount: number;
  readonly bodyPart?: string;
  /** ImageOrientationPatient (0020,0037) of the first image. */
  readonly imageOrientationPatient?: readonly number[];
  /** Distinct b-values (s/mm²) of a diffusion series, ascending; absent when not known or not diffusion. */
  readonly bValues?: readonly number[];
  /** A dynamic series' kind (phases at one set of positions: DCE, DSC or CT perfusion); absent when not dynamic or not read. */
  readonly dynamic?: 'dce' | 'dsc' | 'ctp';
  /** An ADC map: ImageType (0008,0008) value 3 'ADC', or Caliper's derived map. */
  readonly adc: boolean;
  /** Made by Caliper, not stored in the archive. */
  readonly derived: boolean;
  /** Can be shown as a volume (MPR, fusion, MIP). */
  readonly isVolume: boolean;
}
