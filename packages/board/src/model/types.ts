import type { CriteriaName } from '@caliper/response';

/** Lesion biomarkers a summary can trend; each has a fixed unit (never a bare number). */
export const BIOMARKERS = ['longMm', 'shortMm', 'volumeMl', 'sulPeak', 'suvMax', 'adcMean', 'meanHu'] as const;
export type Biomarker = (typeof BIOMARKERS)[number];

export const BIOMARKER_UNIT: Record<Biomarker, string> = {
  longMm: 'mm', shortMm: 'mm', volumeMl: 'mL', sulPeak: 'SUL', suvMax: 'SUVbw', adcMean: '10^-3 mm2/s', meanHu: 'HU',
};
export const BIOMARKER_LABEL: Record<Biomarker, string> = {
  longMm: 'Long axis', shortMm: 'Short axis', volumeMl: 'Volume', sulPeak: 'SULpeak', suvMax: 'SUVmax', adcMean: 'ADC mean', meanHu: 'Mean density',
};

/** One tracked lesion's measured values per date (the viewer's response rows, or a timeline). */
export interface LesionRow {
  readonly id: string;
  readonly cells: readonly { readonly date: string; readonly values: Partial<Record<Biomarker, number>> }[];
}

/** The quantity a criterion sums, with its unit and response thresholds (% vs baseline). */
export interface Quantity {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  /** % change lines drawn on spider plots; null when the criterion has no % thresholds (Lugano). */
  readonly thresholds: { readonly decreasePct: number; readonly increasePct: number } | null;
}

export interface TimelineEntry {
  readonly date: string;
  readonly daysFromBaseline: number;
  readonly baseline: boolean;
  /** Category (baseline: 'BL'). */
  readonly response: string;
  /** Category class for colours: CR PR SD PD UPD CPD NE, or BL. */
  readonly klass: string;
  /** The rules that decided it, e.g. "new lesion L4". */
  readonly reasons: readonly string[];
  readonly value: number | null;
  readonly changeFromBaselinePct: number | null;
  readonly changeFromNadirPct: number | null;
}

/** A point of the spider plot: % change from baseline of one lesion or of the sum. */
export interface SpiderPoint {
  /** Lesion id, or 'Sum'. */
  readonly series: string;
  readonly date: string;
  readonly day: number;
  readonly pct: number;
}

export interface LesionBar {
  readonly id: string;
  readonly organ?: string;
  readonly bestPct: number;
  readonly bestDate: string;
  /** Per-lesion band vs the criterion's thresholds: 'decrease', 'increase' or 'within'. */
  readonly band: 'decrease' | 'increase' | 'within';
}

export interface SumPoint {
  readonly date: string;
  readonly day: number;
  readonly value: number;
  readonly response: string;
  readonly nadir: boolean;
}

export interface BiomarkerPoint {
  readonly lesion: string;
  readonly biomarker: Biomarker;
  readonly label: string;
  readonly unit: string;
  readonly date: string;
  readonly day: number;
  readonly value: number;
}

/** A line of therapy the presenter entered, drawn as a band on the time axes. */
export interface Therapy {
  readonly name: string;
  /** YYYY-MM-DD */
  readonly start: string;
  /** YYYY-MM-DD; absent while ongoing. */
  readonly stop?: string;
}

export interface TherapyBand extends Therapy {
  readonly startDay: number;
  /** Days from baseline of the stop, or of the last assessment while ongoing. */
  readonly stopDay: number;
  readonly ongoing: boolean;
}

/** A row of the per-lesion table: one lesion at one date. */
export interface LesionTableRow {
  readonly id: string;
  readonly role: string;
  readonly organ?: string;
  readonly date: string;
  readonly status: string;
  /** The criterion's per-lesion value (its quantity unit), null when not measured. */
  readonly value: number | null;
  /** % change of that value vs the lesion's baseline, null without a baseline value. */
  readonly pct: number | null;
  readonly values: Partial<Record<Biomarker, number>>;
}

export interface CaseSummary {
  readonly label: string;
  readonly criteria: CriteriaName;
  readonly quantity: Quantity;
  readonly timeline: readonly TimelineEntry[];
  readonly bestOverallResponse: { readonly response: string; readonly date: string | null; readonly reasons: readonly string[] };
  readonly spider: readonly SpiderPoint[];
  readonly waterfall: readonly LesionBar[];
  readonly sum: readonly SumPoint[];
  readonly biomarkers: readonly BiomarkerPoint[];
  readonly table: readonly LesionTableRow[];
  readonly therapies: readonly TherapyBand[];
  /** Lesions shown but left out of spider/waterfall, with the reason. */
  readonly excluded: readonly { readonly id: string; readonly reason: string }[];
}
