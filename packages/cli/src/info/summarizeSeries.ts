import type { Series, Tracer } from '@caliper/dicom';
import { describeTransferSyntax, identifyTracer, readRadiopharmaceutical, unitOf } from '@caliper/dicom';

/** One `caliper info` series entry (JSON contract of issue 2). */
export interface SeriesInfo {
  seriesInstanceUID: string;
  /** seriesInstanceUID, or UID#n for a sub-stack split off a series with mixed geometry. */
  id: string;
  modality: string;
  seriesDescription: string | null;
  rows: number;
  columns: number;
  slices: number;
  /** [row spacing, column spacing, slice spacing] mm; null where unknown. */
  spacingMm: [number | null, number | null, number | null];
  orientationPatient: number[] | null;
  transferSyntaxes: string[];
  units: string;
  isVolume: boolean;
  notes: string[];
  /** PT series: the tracer from RadiopharmaceuticalInformationSequence (same object as `caliper burden`). */
  tracer?: Tracer;
  instances?: { sopInstanceUID: string; file: string; pixelMd5: string | null }[];
}

function sliceSpacingOf(s: Series): number | null {
  if (s.spacing) return Number(s.spacing.spacing.toFixed(6));
  const inst = s.instances[0];
  return inst?.spacingBetweenSlices ?? inst?.sliceThickness ?? null;
}

export function summarizeSeries(s: Series): SeriesInfo {
  const notes = [s.notVolumeReason, s.splitReason, s.spacing?.issue].filter((x): x is string => x !== undefined);
  return {
    seriesInstanceUID: s.seriesInstanceUID,
    id: s.id,
    modality: s.modality,
    seriesDescription: s.seriesDescription ?? null,
    rows: s.rows,
    columns: s.columns,
    slices: s.slices.length,
    spacingMm: [s.pixelSpacing?.[0] ?? null, s.pixelSpacing?.[1] ?? null, sliceSpacingOf(s)],
    orientationPatient: s.orientation ? [...s.orientation] : null,
    transferSyntaxes: s.transferSyntaxes.map(describeTransferSyntax),
    units: unitOf(s.instances[0]),
    isVolume: s.isVolume,
    notes,
    ...(s.modality === 'PT' && s.instances[0] ? { tracer: identifyTracer(readRadiopharmaceutical(s.instances[0].dataSet)) } : {}),
  };
}
