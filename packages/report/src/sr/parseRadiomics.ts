import type { NaturalDataset } from 'dcmjs';
import { CODES } from '../dicom/codes';
import type { LesionRadiomics, RadiomicsFeatureRecord } from '../model/radiomicsSchema';
import { lesionRadiomicsSchema } from '../model/radiomicsSchema';
import type { Skip } from './parseMeasurement';
import { IBSI_AGGREGATION, IBSI_SCHEME, RADIOMICS_CODES } from './radiomicsCodes';
import { children, codeOf, conceptOf, describe, isConcept, num, seq, str, valueType } from './readContent';

/** What a measurement group's radiomics items gave so far (settings TEXT and feature NUMs). */
export interface RadiomicsParts {
  settings?: Record<string, unknown>;
  features: RadiomicsFeatureRecord[];
}

const AGG_BY_CODE = new Map(Object.entries(IBSI_AGGREGATION).map(([q, c]) => [c.value, { qualifier: q, label: c.meaning }]));

/**
 * Reads one content item of a measurement group if it is radiomics (the settings TEXT or a NUM
 * coded in the IBSI scheme, see buildRadiomicsItems); false for any other item.
 */
export function readRadiomicsItem(item: NaturalDataset, path: string, parts: RadiomicsParts, skipped: Skip[]): boolean {
  const vt = valueType(item);
  if (vt === 'TEXT' && isConcept(item, RADIOMICS_CODES.settings)) {
    try {
      const v = JSON.parse(str(item.TextValue) ?? '') as unknown;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) parts.settings = v as Record<string, unknown>;
      else skipped.push({ path, reason: 'radiomics settings are not a JSON object' });
    } catch {
      skipped.push({ path, reason: 'radiomics settings are not JSON' });
    }
    return true;
  }
  const concept = conceptOf(item);
  if (vt !== 'NUM' || concept === undefined || concept.scheme !== IBSI_SCHEME) return false;
  let key: string | undefined, aggregation: { qualifier: string; label: string } | undefined, unit: string | undefined;
  for (const child of children(item)) {
    if (isConcept(child, RADIOMICS_CODES.key)) key = str(child.TextValue);
    else if (isConcept(child, RADIOMICS_CODES.aggregation)) aggregation = AGG_BY_CODE.get(codeOf(child.ConceptCodeSequence)?.value ?? '');
    else if (isConcept(child, RADIOMICS_CODES.unit)) unit = str(child.TextValue);
    else if (!isConcept(child, CODES.algorithmName) && !isConcept(child, CODES.algorithmVersion)) skipped.push({ path: `${path} > ${describe(child)}`, reason: 'radiomics modifier not used by Caliper' });
  }
  const mv = seq(item.MeasuredValueSequence)[0];
  const value = mv === undefined ? null : (num(mv.FloatingPointValue) ?? num(mv.NumericValue) ?? null);
  unit ??= codeOf(mv?.MeasurementUnitsCodeSequence)?.meaning;
  if (unit === undefined) return skipped.push({ path, reason: `${describe(item)} has no unit` }), true;
  if (value === null && codeOf(item.NumericValueQualifierCodeSequence) === undefined) return skipped.push({ path, reason: `${describe(item)} has neither a value nor a qualifier` }), true;
  parts.features.push({
    key: key ?? (aggregation ? `${concept.value}.${aggregation.qualifier}` : concept.value),
    name: concept.meaning,
    ...(aggregation ? { aggregation: aggregation.label } : {}),
    value,
    unit,
  });
  return true;
}

/** The lesion's radiomics block from what its group held; undefined (with the reason) when incomplete. */
export function radiomicsOf(parts: RadiomicsParts, path: string, skipped: Skip[]): LesionRadiomics | undefined {
  if (parts.features.length === 0 && parts.settings === undefined) return undefined;
  if (parts.settings === undefined) return void skipped.push({ path, reason: `${parts.features.length} IBSI features without Caliper's radiomics settings: not imported` });
  const r = lesionRadiomicsSchema.safeParse({ ...parts.settings, features: parts.features });
  if (!r.success) return void skipped.push({ path, reason: `radiomics not imported: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}` });
  return r.data;
}
