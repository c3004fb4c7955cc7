import type { BurdenMethod } from '@caliper/engine';
import type { TracerFamily } from '@caliper/dicom';

/**
 * The method the panel proposes for a tracer family: PSMA → PSMA-TV at SUV ≥ 3 (Seifert et al.,
 * J Nucl Med 2020); FDG → SUV ≥ 4 (lymphoma TMTV, Barrington & Meignan, J Nucl Med 2019: the most
 * reproducible fixed threshold); other families (SSTR, hypoxia, unknown) → SUV ≥ 2.5. The reader
 * can pick any other.
 */
export function defaultBurdenMethod(family: TracerFamily | null): BurdenMethod {
  return family === 'PSMA' ? 'psma-suv3' : family === 'FDG' ? 'suv4' : 'suv2.5';
}

/** Label and threshold rule of each method, for the select and the hover text. */
export const METHOD_INFO: Readonly<Record<BurdenMethod, { label: string; rule: string }>> = {
  'suv2.5': { label: 'SUV ≥ 2.5', rule: 'fixed threshold SUVbw ≥ 2.5 (inclusive)' },
  suv4: { label: 'SUV ≥ 4.0', rule: 'fixed threshold SUVbw ≥ 4.0 (inclusive)' },
  pct41: { label: '41 % SUVmax', rule: 'candidates SUVbw ≥ 2.5, each grown to ≥ 41 % of its SUVmax; overlapping regions merge' },
  percist: { label: 'PERCIST (liver)', rule: 'SUVbw ≥ 1.5 × liver mean + 2 × liver SD (PERCIST 1.0; needs the liver reference)' },
  'psma-suv3': { label: 'PSMA SUV ≥ 3', rule: 'fixed threshold SUVbw ≥ 3.0 (PSMA-TV)' },
  'psma-liver': { label: 'PSMA liver', rule: 'SUVbw ≥ (4.30 / liver mean) × (liver mean + liver SD) (qPSMA-like; needs the liver reference)' },
};
