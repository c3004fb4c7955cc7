import type { Unit } from '@caliper/core';
import type { Code } from './codes';

const u = (value: string, meaning: string): Code => ({ value, scheme: 'UCUM', meaning });

/** UCUM code of every Caliper unit (PS3.16 CID 82/7181 style; SUV units as annotated g/ml). */
export const UCUM: Readonly<Record<Unit, Code>> = {
  HU: u("[hnsf'U]", 'Hounsfield unit'),
  SUVbw: u('{SUVbw}g/ml', 'Standardized Uptake Value body weight'),
  SUL: u('{SUVlbm}g/ml', 'Standardized Uptake Value lean body mass'),
  SUVbsa: u('{SUVbsa}cm2/ml', 'Standardized Uptake Value body surface area'),
  'Bq/mL': u('Bq/ml', 'Becquerels/milliliter'),
  CNTS: u('{counts}', 'Counts'),
  '10^-3 mm2/s': u('10*-3.mm2/s', '10^-3 square millimeter per second'),
  '10^-6 mm2/s': u('um2/s', 'square micrometer per second'),
  raw: u('{raw}', 'raw image intensity'),
  '/min': u('/min', 'per minute'),
  mM: u('mmol/L', 'millimole per liter'),
  'mM·s': u('mmol/L.s', 'millimole per liter times second'),
  s: u('s', 'second'),
  'mL/100 g/min': u('ml/(100.g.min)', 'milliliter per 100 gram per minute'),
  'mL/100 g': u('ml/(100.g)', 'milliliter per 100 gram'),
  ms: u('ms', 'millisecond'),
  mm: u('mm', 'millimeter'),
  mm2: u('mm2', 'square millimeter'),
  mL: u('ml', 'milliliter'),
  mm3: u('mm3', 'cubic millimeter'),
  's/mm2': u('s/mm2', 'second per square millimeter'),
  g: u('g', 'gram'),
  kg: u('kg', 'kilogram'),
  Bq: u('Bq', 'becquerel'),
  '1': u('1', 'no units'),
  count: u('{count}', 'count'),
  'SUVbw·mL': u('{SUVbw}g', 'Standardized Uptake Value body weight times milliliter'),
  'SUL·mL': u('{SUVlbm}g', 'Standardized Uptake Value lean body mass times milliliter'),
};

/** A UCUM code read from another tool, mapped to a Caliper unit and a factor to apply to the value. */
export interface UnitMatch {
  readonly unit: Unit;
  readonly scale: number;
}

const ALIASES: Readonly<Record<string, UnitMatch>> = {
  mL: { unit: 'mL', scale: 1 },
  cm3: { unit: 'mL', scale: 1 },
  cm2: { unit: 'mm2', scale: 100 },
  cm: { unit: 'mm', scale: 10 },
  'mm2/s': { unit: '10^-3 mm2/s', scale: 1000 },
  '10-3.mm2/s': { unit: '10^-3 mm2/s', scale: 1 },
  'Bq/mL': { unit: 'Bq/mL', scale: 1 },
  '{SUVbw}g/mL': { unit: 'SUVbw', scale: 1 },
  '{SUVlbm}g/mL': { unit: 'SUL', scale: 1 },
};

/** Map a UCUM code value to a Caliper unit; undefined when unknown (the caller reports it). */
export function unitFromUcum(code: string): UnitMatch | undefined {
  for (const [unit, c] of Object.entries(UCUM) as [Unit, Code][]) if (c.value === code) return { unit, scale: 1 };
  return ALIASES[code];
}
