import type { Reading } from '@caliper/report';
import { isCaliperAdcMethod } from '../../adc/adcSeriesDescription';

/**
 * Lesions of a saved reading that were measured on Caliper's ADC map: their diffusivity values name
 * the map as their method (`withDerivation`), their references name the DWI it was fitted from.
 * Lesion id → that DWI's Series Instance UID.
 */
export function adcMapLesions(reading: Reading): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of reading.lesions) {
    const source = l.references[0]?.seriesInstanceUID;
    if (source !== undefined && l.measurements.some((m) => isCaliperAdcMethod(m.method))) out.set(l.id, source);
  }
  return out;
}

/**
 * The reading with the lesions of `onMap` (id → DWI UID) re-attached to the derived ADC map of their
 * DWI, where `derivedOf` knows one: their references name the map's series (same grid, same frame of
 * reference), so they are drawn, listed and re-measured on the map they were drawn on. Lesions
 * whose DWI has no map (not loaded) are left as saved. Pure: the reading itself is not changed.
 */
export function reattachDerived(reading: Reading, onMap: ReadonlyMap<string, string>, derivedOf: (dwiUID: string) => string | undefined): Reading {
  const lesions = reading.lesions.map((l) => {
    const source = onMap.get(l.id);
    const derived = source !== undefined ? derivedOf(source) : undefined;
    if (derived === undefined) return l;
    return { ...l, references: l.references.map((r) => (r.seriesInstanceUID === source ? { ...r, seriesInstanceUID: derived } : r)) };
  });
  return { ...reading, lesions };
}
