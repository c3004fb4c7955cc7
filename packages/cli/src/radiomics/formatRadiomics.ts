import type { IntensityUnit } from '@caliper/core';
import { radiomicsFeatureUnit } from '@caliper/engine';
import type { RadiomicsFeature, RadiomicsSettings, RobustnessResult } from '@caliper/engine';

const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const num = (v: number | null): string => (v === null ? '' : String(v));

/**
 * `--csv`: header key,family,feature,aggregation,value; one row per feature in `order`, values in full
 * precision (empty = null). With `robustness` (--perturb) the columns cv,icc,unstable and one
 * `value:<perturbation id>` per computation (unperturbed first) follow, after the contract's five.
 */
export function formatRadiomicsCsv(features: Readonly<Record<string, RadiomicsFeature>>, order: readonly string[], robustness?: RobustnessResult): string {
  const extra = robustness ? ['cv', 'icc', 'unstable', ...robustness.perturbations.map((p) => `value:${p.id}`)] : [];
  const rows = [['key', 'family', 'feature', 'aggregation', 'value', ...extra].map(csvField).join(',')];
  for (const key of order) {
    const f = features[key];
    const r = robustness?.features[key];
    const more = r ? [num(r.cv), num(r.icc), String(r.unstable), ...r.values.map(num)] : [];
    rows.push([key, f.family, f.name, f.aggregation ?? '', num(f.value), ...more].map(csvField).join(','));
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
}, order: readonly string[], robustness?: RobustnessResult): string {
  const lines = [
    `series    ${doc.series} (${doc.modality ?? '?'}, ${doc.unit})`,
    `config    ${doc.config.name}: ${JSON.stringify(doc.config)}`,
    `roi       ${doc.roi.morphologicalVoxels} morphological voxels, ${doc.roi.intensityVoxels} intensity voxels`,
  ];
  for (const key of order) {
    const f = doc.features[key];
    const v = f.value === null ? 'null' : Number(f.value.toPrecision(6)).toString();
    const unit = radiomicsFeatureUnit(key, doc.unit, doc.config.ivh);
    const r = robustness?.features[key];
    const cv = r ? ` cv ${r.cv === null ? '–' : `${(100 * r.cv).toFixed(1)}%`}${r.icc === null ? '' : ` icc ${r.icc.toFixed(3)}`}${r.unstable ? ' UNSTABLE' : ''}` : '';
    lines.push(`${key.padEnd(14)} ${v.padStart(14)} ${unit.padEnd(10)} ${f.family} · ${f.name}${f.aggregation ? ` (${f.aggregation})` : ''}${cv}`);
  }
  if (robustness) {
    const { summary, perturbations } = robustness;
    lines.push(`robustness ${summary.unstable} of ${summary.assessed} features unstable under ${perturbations.slice(1).map((p) => p.id).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
