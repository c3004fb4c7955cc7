import { CODES } from '../dicom/codes';
import type { LesionRadiomics } from '../model/radiomicsSchema';
import type { Item } from './contentItems';
import { codeItem, codeSeq, numItem, textItem } from './contentItems';
import { IBSI_AGGREGATION, IBSI_SCHEME, RADIOMICS_CODES } from './radiomicsCodes';
import { radiomicsUnitCode } from './radiomicsUcum';

/** The settings TEXT of a lesion's radiomics: everything but the features, as JSON. */
export function radiomicsSettingsText(r: LesionRadiomics): string {
  const { features: _features, ...rest } = r;
  return JSON.stringify(rest);
}

/**
 * A lesion's IBSI-1 features as TID 1500 measurement-group content: one TEXT with the settings
 * (series, unit, resolved config, ROI voxels, Caliper version, time), then one NUM per feature whose
 * concept is the IBSI code (scheme IBSI = DICOM CID 7471–7478) with the feature name as meaning,
 * modified by its IBSI aggregation code (texture families), its full key (where the code alone is
 * ambiguous) and the algorithm (IBSI-1 radiomics, the settings' name, Caliper version). A feature
 * IBSI leaves undefined has no measured value and the qualifier "Not a number" (PS3.3 C.18.1).
 */
export function buildRadiomicsItems(r: LesionRadiomics): Item[] {
  const items: Item[] = [textItem('CONTAINS', RADIOMICS_CODES.settings, radiomicsSettingsText(r))];
  const config = typeof r.settings.name === 'string' ? r.settings.name : 'custom';
  const algorithm = [
    textItem('HAS CONCEPT MOD', CODES.algorithmName, `IBSI-1 radiomics, settings ${config}`),
    textItem('HAS CONCEPT MOD', CODES.algorithmVersion, `Caliper ${r.caliperVersion}`),
  ];
  for (const f of r.features) {
    const [code, qualifier] = splitKey(f.key);
    const concept = { value: code, scheme: IBSI_SCHEME, meaning: f.name.slice(0, 64) };
    const mods: Item[] = [];
    const agg = qualifier === undefined ? undefined : IBSI_AGGREGATION[qualifier];
    if (agg !== undefined) mods.push(codeItem('HAS CONCEPT MOD', RADIOMICS_CODES.aggregation, agg));
    if (qualifier !== undefined) mods.push(textItem('HAS CONCEPT MOD', RADIOMICS_CODES.key, f.key));
    mods.push(...algorithm);
    const unit = radiomicsUnitCode(f.unit);
    if (f.value !== null && Number.isFinite(f.value)) items.push(numItem('CONTAINS', concept, f.value, unit, mods));
    else {
      const item = numItem('CONTAINS', concept, 0, unit, mods);
      item.MeasuredValueSequence = [];
      item.NumericValueQualifierCodeSequence = codeSeq(RADIOMICS_CODES.notANumber);
      // With no measured value there is no MeasurementUnitsCodeSequence: the unit goes in a modifier.
      // (as text: a UCUM code belongs in a units sequence only).
      (item.ContentSequence as Item[]).push(textItem('HAS CONCEPT MOD', RADIOMICS_CODES.unit, f.unit));
      items.push(item);
    }
  }
  return items;
}

/** `8ZQL.2D:AVG` → ['8ZQL', '2D:AVG']; `RNU0` → ['RNU0', undefined]. */
export function splitKey(key: string): [string, string | undefined] {
  const dot = key.indexOf('.');
  return dot < 0 ? [key, undefined] : [key.slice(0, dot), key.slice(dot + 1)];
}
