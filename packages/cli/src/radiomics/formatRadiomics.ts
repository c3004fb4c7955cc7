import type { IntensityUnit } from '@caliper/core';
import { radiomicsFeatureUnit } from '@caliper/engine';
import type { RadiomicsFeature, RadiomicsSettings } from '@caliper/engine';

const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** `--csv`: header key,family,feature,aggregation,value; one row per feature in `order`, values in full precision (empty = null). */
export function formatRadiomicsCsv(features: Readonly<Record<string, RadiomicsFeature>>, order: readonly string[]): string {
  const rows = ['key,family,feature,aggregation,value'];
  for (const key of order) {
    const f = features[key];
    rows.push([key, f.family, f.name, f.aggregation ?? '', f.value === null ? '' : String(f.value)].map(csvField).join(','));
  }
  return rows.join('\n') + '\n';
}

/** The default table: the settings, the ROI and one feature per line with its unit. */
export function formatRadiomicsText(doc: {
  readonly series: string;
  readonly modality: string | null;
  readonly unit: IntensityUnit;
  readonly config: RadiomicsSettings;
  readonly roi: { readonly morphologicalVoxels: number; readonly intensityVoxels: number };
  readonly features: Readonly<Record<string, RadiomicsFeature>>;
}, order: readonly string[]): string {
  const lines = [
    `series    ${doc.series} (${doc.modality ?? '?'}, ${doc.unit})`,
    `config    ${doc.config.name}: ${JSON.stringify(doc.config)}`,
    `roi       ${doc.roi.morphologicalVoxels} morphological voxels, ${doc.roi.intensityVoxels} intensity voxels`,
  ];
  for (const key of order) {
    const f = doc.features[key];
    const v = f.value === null ? 'null' : Number(f.value.toPrecision(6)).toString();
    const unit = radiomicsFeatureUnit(key, doc.unit, doc.config.ivh);
    lines.push(`${key.padEnd(14)} ${v.padStart(14)} ${unit.padEnd(10)} ${f.family} · ${f.name}${f.aggregation ? ` (${f.aggregation})` : ''}`);
  }
  return lines.join('\n') + '\n';
}
