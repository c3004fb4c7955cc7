import type { PetThresholdMode } from '@caliper/engine';
import type { ShapeMeasurement } from '../worker/measureShape';
import { biomarkerRows } from './biomarkerRows';
import type { BiomarkerRow } from './biomarkerRows';
import { displayUnit, formatQuantity } from './formatQuantity';
import { tooltipText } from '@caliper/core';

/** One series' measurement of a ROI, and whether it describes the lesion or only its search region. */
export interface SeriesMeasurement {
  readonly label: string;
  readonly measurement: ShapeMeasurement;
  readonly role: ResultRole;
}

/**
 * What a series' numbers describe: the lesion itself, or (a PET threshold ROI measured on a
 * non-PET series) the sphere/box it was searched in, which is not the lesion.
 */
export type ResultRole = 'lesion' | 'searchRegion';
export const resultRole = (shapeKind: string | undefined, modality: string | undefined): ResultRole =>
  shapeKind === 'petThreshold' && modality !== 'PT' ? 'searchRegion' : 'lesion';

/** A value line of the on-image label: its text (value with unit) and the row(s) it shows. */
export interface LabelLine {
  readonly key: string;
  readonly text: string;
  readonly value: number | null;
  readonly unit: string;
  readonly title: string;
}

/** The on-image label: the name and at most two value lines (three lines in all); the rest on hover. */
export interface OnImageLabel {
  readonly name: string;
  readonly lines: readonly LabelLine[];
  /** Hover text: every number of every series with its method, search regions marked as such. */
  readonly title: string;
}

const lineOf = (r: BiomarkerRow): LabelLine => ({
  key: r.key, value: r.value, unit: r.unit, title: `${r.label}: ${r.method}`,
  text: r.note ? `${r.label} ${r.note}` : `${r.label} ${formatQuantity(r.value, r.unit)}`,
});

/**
 * The main values of one measurement, most telling first: RECIST long × short (or a length);
 * PET SUVmax and MTV (area for a planar ROI); ADC mean and size; otherwise volume and RECIST long
 * axis, or area and mean.
 */
export function mainLines(m: ShapeMeasurement): LabelLine[] {
  const rows = biomarkerRows(m);
  const get = (k: string) => rows.find((r) => r.key === k);
  const long = get('long'), short = get('short');
  if (m.linesMm.length) {
    if (!long) return [];
    if (!short) return [lineOf(long)];
    const title = `${long.label}: ${long.method}\n${short.label}: ${short.method}`;
    return [{ key: 'long', value: long.value, unit: 'mm', title, text: `${formatQuantity(long.value, 'mm').replace(/ mm$/, '')} × ${formatQuantity(short.value, 'mm')}` }];
  }
  const size = get('area') ?? get('volume');
  const pet = get('suvmax') ?? get('suv');
  const first = pet ?? get('adcmean') ?? size;
  const second = pet ? (get('area') ?? get('mtv')) : first === size ? (get('long') ?? get('mean')) : size;
  return [first, second].filter((r): r is BiomarkerRow => !!r).map(lineOf);
}

/** The threshold rule of a PET threshold ROI, in words. */
export function thresholdRule(mode: PetThresholdMode): string {
  switch (mode.kind) {
    case 'absolute':
      return `SUV ≥ ${mode.suv}`;
    case 'percentOfMax':
      return `≥ ${mode.percent} % of SUVmax`;
    case 'percist':
      return `PERCIST ≥ ${(1.5 * mode.liverMean + 2 * mode.liverSd).toFixed(2)} (1.5 × liver mean + 2 SD)`;
  }
}

/**
 * The label drawn next to a ROI: its name and the main values of the measurement that describes
 * the lesion (PET first: the SUV is what a fused or PET ROI is drawn for), never of a search region.
 */
export function onImageLabel(name: string, results: readonly SeriesMeasurement[]): OnImageLabel {
  const lesion = results.filter((r) => r.role === 'lesion');
  const main = lesion.find((r) => r.measurement.result.suv) ?? lesion[0];
  const lines = main ? mainLines(main.measurement) : [];
  const title = [
    // The name is untrusted (an imported SR's): cleaned and capped like every shown DICOM string.
    tooltipText(name, 256),
    ...results.flatMap((r) => [
      r.role === 'searchRegion' ? `${r.label}: search region, not the lesion (${displayUnit(r.measurement.result.unit)})` : `${r.label} (${displayUnit(r.measurement.result.unit)})`,
      ...biomarkerRows(r.measurement).map((b) => `  ${b.label}: ${b.note ?? formatQuantity(b.value, b.unit)} — ${b.method}`),
    ]),
  ].join('\n');
  return { name, lines: lines.slice(0, 2), title };
}
