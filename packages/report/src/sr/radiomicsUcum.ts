import type { Unit } from '@caliper/core';
import type { Code } from '../dicom/codes';
import { UCUM } from '../dicom/ucum';

const SIMPLE: Readonly<Record<string, string>> = { mm: 'mm', mm2: 'mm2', mm3: 'mm3', 'mm-1': '/mm', count: '{count}', '1': '1' };

const ucumOf = (unit: string): string | undefined => SIMPLE[unit] ?? (UCUM as Readonly<Record<string, Code | undefined>>)[unit as Unit]?.value;

/**
 * UCUM code of a radiomics feature unit: plain units, the series unit (HU → [hnsf'U]), its square
 * `(HU)2` → `([hnsf'U])2` and `HU·mm3` → `[hnsf'U].mm3`. The Caliper unit text is the CodeMeaning,
 * which is what a read-back uses (UCUM has no exact spelling for every annotated square).
 */
export function radiomicsUnitCode(unit: string): Code {
  const square = /^\((.+)\)2$/.exec(unit);
  const times = /^(.+)·(mm3)$/.exec(unit);
  let value: string | undefined;
  if (square) value = ucumOf(square[1]) && `(${ucumOf(square[1])})2`;
  else if (times) value = ucumOf(times[1]) && `${ucumOf(times[1])}.mm3`;
  else value = ucumOf(unit);
  return { value: value ?? `{${unit}}`, scheme: 'UCUM', meaning: unit.slice(0, 64) };
}
