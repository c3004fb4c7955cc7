import type { Unit } from '@caliper/core';
import type { Code } from '../dicom/codes';
import { CODES, PRIVATE_SCHEME, sameCode } from '../dicom/codes';

/** How one Caliper measurement is coded in TID 1419/1501: a concept plus, for statistics, a Derivation. */
export interface MeasurementConcept {
  readonly concept: Code;
  readonly derivation?: Code;
}

const SIZE: readonly (readonly [string, Code, readonly string[]])[] = [
  ['Long axis', CODES.longAxis, ['G-A185']],
  ['Short axis', CODES.shortAxis, ['G-A186']],
  ['Length', CODES.length, ['G-A22A']],
  ['Area', CODES.area, ['G-A166']],
  ['Volume', CODES.volume, ['G-D705']],
  ['MTV', CODES.metabolicVolume, []],
  ['TLG', CODES.totalLesionGlycolysis, []],
];

const STATS: readonly (readonly [string, Code, readonly string[]])[] = [
  ['mean', CODES.mean, ['R-00317']],
  ['SD', CODES.standardDeviation, ['R-10047']],
  ['min', CODES.minimum, ['R-404FB']],
  ['max', CODES.maximum, ['G-A437']],
  ['peak', CODES.peakValueWithinRoi, []],
];

const STAT_NAME = /^(SUV|SUL|ADC)?\s*(mean|sd|std|min|max|peak)$/i;

/** Quantity measured by an intensity statistic, from the unit of the image it was taken on. */
export function quantityForUnit(unit: Unit): Code {
  switch (unit) {
    case 'HU': return CODES.attenuationCoefficient;
    case 'SUVbw': return CODES.suvbw;
    case 'SUL': return CODES.suvlbm;
    case 'SUVbsa': return CODES.suvbsa;
    case '10^-3 mm2/s':
    case '10^-6 mm2/s': return CODES.adc;
    case 'Bq/mL': return CODES.activityConcentration;
    default: return CODES.imageIntensity;
  }
}

/** Private concept for a measurement DICOM has no code for: the name is kept as the meaning. */
export function privateConcept(name: string): Code {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return { value: `M${h.toString(16).padStart(8, '0')}`, scheme: PRIVATE_SCHEME, meaning: name.slice(0, 64) };
}

/** Concept (and derivation) for a measurement name, e.g. 'SUVpeak' → SUVbw + Peak Value Within ROI. */
export function conceptForMeasurement(name: string, unit: Unit): MeasurementConcept {
  const size = SIZE.find(([n]) => n.toLowerCase() === name.toLowerCase());
  if (size !== undefined) return { concept: size[1] };
  const m = STAT_NAME.exec(name.trim());
  if (m !== null) {
    const key = m[2].toLowerCase() === 'std' ? 'sd' : m[2].toLowerCase();
    const stat = STATS.find(([n]) => n.toLowerCase() === key);
    if (stat !== undefined) return { concept: quantityForUnit(unit), derivation: stat[1] };
  }
  return { concept: privateConcept(name) };
}

/** Canonical Caliper name of a statistic: 'SUVmax', 'SULpeak', 'ADC mean', 'Mean'. */
function statName(stat: string, unit: Unit): string {
  if (unit === 'SUVbw' || unit === 'SUVbsa') return `SUV${stat.toLowerCase() === 'sd' ? 'SD' : stat.toLowerCase()}`;
  if (unit === 'SUL') return `SUL${stat.toLowerCase() === 'sd' ? 'SD' : stat.toLowerCase()}`;
  if (unit === '10^-3 mm2/s' || unit === '10^-6 mm2/s') return `ADC ${stat === 'SD' ? 'SD' : stat.toLowerCase()}`;
  return stat === 'SD' ? 'SD' : stat[0].toUpperCase() + stat.slice(1);
}

const matches = (code: Code, std: Code, legacy: readonly string[]): boolean =>
  sameCode(code, std) || ((code.scheme === 'SRT' || code.scheme === 'SCT') && legacy.includes(code.value));

/** Inverse of conceptForMeasurement: the Caliper name, or why the concept is not understood. */
export function nameForConcept(concept: Code, derivation: Code | undefined, unit: Unit): { name: string } | { error: string } {
  if (concept.scheme === PRIVATE_SCHEME && /^M[0-9a-f]{8}$/.test(concept.value)) return { name: concept.meaning };
  if (derivation === undefined) {
    const size = SIZE.find(([, std, legacy]) => matches(concept, std, legacy));
    if (size !== undefined) return { name: size[0] };
    return { error: `unknown measurement concept (${concept.value}, ${concept.scheme}, "${concept.meaning}")` };
  }
  const stat = STATS.find(([, std, legacy]) => matches(derivation, std, legacy));
  if (stat === undefined) return { error: `unknown derivation (${derivation.value}, ${derivation.scheme}, "${derivation.meaning}")` };
  return { name: statName(stat[0], unit) };
}
